/** The DynamoDB adapter of the fingerprint index: band items in the records table, found by key, never by scan. */
package org.newssentinel.dedup.dynamodb;
