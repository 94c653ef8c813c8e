/** The conflict-of-interest rules, one small class each, and what they read of the person who would act. */
package org.leoprotocol.conflicts.rule;
