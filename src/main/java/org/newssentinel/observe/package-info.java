/** What the function tells operators: one structured JSON log line per article, with CloudWatch metrics embedded (EMF). */
package org.newssentinel.observe;
