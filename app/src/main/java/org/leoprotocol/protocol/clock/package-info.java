/**
 * Step clocks: each step's deadline from its anchor event, the persistent scheduler behind them, its health, and one
 * more scheduler node for a process that stands beside the application's own.
 */
package org.leoprotocol.protocol.clock;
