/** Text analysis done once per article for every later stage: sentences, and words numbered. */
package org.newssentinel.text;
