/** Text analysis shared by topic scoring and summaries: numbering the words of articles. */
package org.newssentinel.text;
