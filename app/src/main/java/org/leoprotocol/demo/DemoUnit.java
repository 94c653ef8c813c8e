package org.leoprotocol.demo;

/**
 * A unit of the demo department's organization chart: its code, its name and the unit it reports to ({@code null} for
 * the Office of the Chief at the top).
 */
record DemoUnit(String code, String name, String parentCode) {
}
