package com.fabwright.gerber.macro;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the words of an {@code %AM...*%} block into a {@link MacroTemplate}. The first word is
 * {@code AMname}; each following word is a primitive ({@code code,expr,expr...}), a variable
 * definition ({@code $n=expr}) or a comment (primitive code 0).
 */
public final class MacroParser {
    private MacroParser() {
    }

    /**
     * @param name  the macro name (after {@code AM})
     * @param words the body words
     * @throws MacroSyntaxException on a malformed statement
     */
    public static MacroTemplate parse(String name, List<String> words, int maxExpressionDepth) {
        List<MacroTemplate.Statement> statements = new ArrayList<>();
        for (String raw : words) {
            String word = raw.strip();
            if (word.isEmpty() || word.startsWith("0 ") || word.equals("0") || word.startsWith("0,")) {
                continue; // comment primitive
            }
            if (word.startsWith("$")) {
                int eq = word.indexOf('=');
                if (eq < 0) {
                    throw new MacroSyntaxException("variable statement without '=': " + word);
                }
                int var;
                try {
                    var = Integer.parseInt(word.substring(1, eq).strip());
                } catch (NumberFormatException e) {
                    throw new MacroSyntaxException("bad variable name in: " + word);
                }
                statements.add(new MacroTemplate.Assignment(var,
                        ExpressionParser.parse(word.substring(eq + 1), maxExpressionDepth)));
                continue;
            }
            String[] parts = word.split(",", -1);
            int code;
            try {
                code = Integer.parseInt(parts[0].strip());
            } catch (NumberFormatException e) {
                throw new MacroSyntaxException("primitive code is not a number: " + word);
            }
            List<Expression> params = new ArrayList<>(parts.length - 1);
            for (int k = 1; k < parts.length; k++) {
                if (parts[k].isBlank() && k == parts.length - 1) {
                    continue; // trailing comma some exporters write
                }
                params.add(ExpressionParser.parse(parts[k], maxExpressionDepth));
            }
            statements.add(new MacroTemplate.Primitive(code, params));
        }
        return new MacroTemplate(name, statements);
    }
}
