/** Alerts: message bodies for e-mail, SMS and default, and the channels that deliver them. */
package org.newssentinel.alert;
