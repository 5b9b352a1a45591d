/** Board figures for quoting: size, layers, finest features, holes, copper area, drill and rout density. */
package com.fabwright.dfm.metrics;
