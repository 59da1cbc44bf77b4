/** The pure article pipeline: raw bytes in, cleaned, scored and summarised analysis out; no AWS here. */
package org.newssentinel.pipeline;
