package org.leoprotocol.complaints;

/** Whether the person filing was the one affected, or files for someone else (a parent for a child). */
public enum FiledFor {
	SELF,
	ON_BEHALF
}
