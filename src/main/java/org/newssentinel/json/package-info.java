/** JSON trees without an {@code ObjectMapper}: what the function reads and writes on its start-up path. */
package org.newssentinel.json;
