/** Turns raw article bytes (HTML or scraped plain text) into a clean Article: main text, metadata, charset handling. */
package org.newssentinel.clean;
