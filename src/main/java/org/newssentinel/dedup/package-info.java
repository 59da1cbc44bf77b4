/** Near-duplicate detection: text fingerprints, a lookup of recent ones, and the policy that decides whether a repeat alerts again. */
package org.newssentinel.dedup;
