/** Step clocks: each step's deadline from its anchor event, the persistent scheduler behind them and its health. */
package org.leoprotocol.protocol.clock;
