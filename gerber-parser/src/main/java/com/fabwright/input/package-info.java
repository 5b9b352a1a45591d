/** What every reader of customer input shares: limits against hostile files. */
package com.fabwright.input;
