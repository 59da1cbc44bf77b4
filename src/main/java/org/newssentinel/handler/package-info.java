/** Entry points: the Lambda handler and the local command line, two thin doors into the same pipeline. */
package org.newssentinel.handler;
