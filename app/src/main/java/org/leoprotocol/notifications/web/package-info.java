/** Routes and template models of the notification pages. */
package org.leoprotocol.notifications.web;
