/** The periodic digest: one message listing the period's alerts by watch topic, repeats of a story left out. */
package org.newssentinel.digest;
