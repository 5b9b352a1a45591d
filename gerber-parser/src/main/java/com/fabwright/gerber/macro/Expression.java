package com.fabwright.gerber.macro;

import java.util.Map;

/**
 * An arithmetic expression of an aperture macro (Gerber spec 4.5.4): decimals, variables
 * {@code $n}, unary minus and plus, {@code + - x /} (lower- or upper-case {@code x}) and parentheses.
 */
public sealed interface Expression {

    /** Evaluates with the given variables; an undefined variable is 0 as the spec requires. */
    double evaluate(Map<Integer, Double> variables);

    /** A decimal constant. */
    record Constant(double value) implements Expression {
        @Override
        public double evaluate(Map<Integer, Double> variables) {
            return value;
        }
    }

    /** A variable {@code $n}. */
    record Variable(int index) implements Expression {
        @Override
        public double evaluate(Map<Integer, Double> variables) {
            Double v = variables.get(index);
            return v == null ? 0 : v;
        }
    }

    /** Unary minus. */
    record Negate(Expression operand) implements Expression {
        @Override
        public double evaluate(Map<Integer, Double> variables) {
            return -operand.evaluate(variables);
        }
    }

    /** A binary operation {@code + - x /}. */
    record Binary(char operator, Expression left, Expression right) implements Expression {
        @Override
        public double evaluate(Map<Integer, Double> variables) {
            double l = left.evaluate(variables);
            double r = right.evaluate(variables);
            return switch (operator) {
                case '+' -> l + r;
                case '-' -> l - r;
                case 'x' -> l * r;
                case '/' -> r == 0 ? 0 : l / r;
                default -> throw new IllegalStateException("operator " + operator);
            };
        }
    }
}
