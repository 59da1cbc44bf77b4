/** Watch topics: loading, validation and scoring of articles against analysts' topics of interest. */
package org.newssentinel.topics;
