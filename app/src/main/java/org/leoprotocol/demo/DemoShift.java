package org.leoprotocol.demo;

import org.leoprotocol.personnel.NewOfficer;

/**
 * A shift the demo puts an officer on at each start: the unit and post they are on duty with, from and to the given
 * hours counted from the start, so that escalations raised while someone tries Leo find a supervisor on duty.
 */
record DemoShift(NewOfficer officer, String unit, String post, int fromHour, int toHour) {
}
