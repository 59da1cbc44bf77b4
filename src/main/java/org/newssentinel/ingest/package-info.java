/** Reading uploaded articles from where they land: the S3 bucket in Lambda. */
package org.newssentinel.ingest;
