/** Settings read from environment variables, with documented defaults. */
package org.newssentinel.config;
