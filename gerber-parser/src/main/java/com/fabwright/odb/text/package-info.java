/**
 * The text layer of ODB++ (spec chapter "ODB++ file formats"): files found case-insensitively in the
 * tree, transparently decompressed when stored as {@code .Z} (LZW) or {@code .gz}, and the
 * structured-text syntax ({@code KEY=VALUE} lines and {@code NAME { ... }} arrays) of
 * {@code matrix}, {@code stephdr}, {@code tools} and {@code misc/info}.
 */
package com.fabwright.odb.text;
