/** Extractive summaries and the headline and SMS text of an article. */
package org.newssentinel.summary;
