/** API tokens: long random secrets that let a program call Leo's API as a staff account, limited by scopes. */
package org.leoprotocol.access.token;
