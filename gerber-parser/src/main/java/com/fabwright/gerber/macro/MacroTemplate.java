package com.fabwright.gerber.macro;

import java.util.List;

/**
 * An aperture macro as defined by {@code %AM...*%} (Gerber spec 4.5): a name and its statements,
 * to be instantiated with parameters by each {@code AD} that uses it.
 */
public record MacroTemplate(String name, List<Statement> statements) {
    public MacroTemplate {
        statements = List.copyOf(statements);
    }

    /** One statement of a macro body. */
    public sealed interface Statement {
    }

    /** A primitive with its code (1, 2, 4, 5, 6, 7, 20, 21, 22) and parameter expressions. */
    public record Primitive(int code, List<Expression> parameters) implements Statement {
        public Primitive {
            parameters = List.copyOf(parameters);
        }
    }

    /** A variable definition {@code $n=expression}. */
    public record Assignment(int variable, Expression value) implements Statement {
    }
}
