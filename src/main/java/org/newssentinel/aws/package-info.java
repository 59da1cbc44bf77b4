/** Builds the AWS SDK clients the function uses, once per container, with explicit settings. */
package org.newssentinel.aws;
