/** Extractive summaries, sentence splitting and the headline of an article. */
package org.newssentinel.summary;
