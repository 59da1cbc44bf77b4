/** Where analysis records are kept: DynamoDB in Lambda, a local JSON Lines file by default. */
package org.newssentinel.store;
