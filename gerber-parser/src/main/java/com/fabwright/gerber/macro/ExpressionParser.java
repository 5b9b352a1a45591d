package com.fabwright.gerber.macro;

/**
 * Recursive-descent parser for macro expressions (Gerber spec 4.5.4.2): usual precedence,
 * {@code x}/{@code X} for multiplication, unary sign. Depth is bounded so a hostile file with
 * thousands of nested parentheses yields an error, not a stack overflow.
 */
public final class ExpressionParser {
    private final String text;
    private final int maxDepth;
    private int pos;
    private int depth;

    private ExpressionParser(String text, int maxDepth) {
        this.text = text;
        this.maxDepth = maxDepth;
    }

    /**
     * Parses one expression.
     *
     * @throws MacroSyntaxException when the text is not a valid expression or nests too deeply
     */
    public static Expression parse(String text, int maxDepth) {
        ExpressionParser p = new ExpressionParser(text.replace(" ", ""), maxDepth);
        if (p.text.isEmpty()) {
            throw new MacroSyntaxException("empty expression");
        }
        Expression e = p.sum();
        if (p.pos != p.text.length()) {
            throw new MacroSyntaxException("unexpected '" + p.text.charAt(p.pos) + "' in expression '" + text + "'");
        }
        return e;
    }

    private Expression sum() {
        enter();
        Expression left = product();
        while (pos < text.length() && (peek() == '+' || peek() == '-')) {
            char op = text.charAt(pos++);
            left = new Expression.Binary(op, left, product());
        }
        depth--;
        return left;
    }

    private Expression product() {
        Expression left = unary();
        while (pos < text.length() && (peek() == 'x' || peek() == 'X' || peek() == '/')) {
            char op = Character.toLowerCase(text.charAt(pos++));
            left = new Expression.Binary(op, left, unary());
        }
        return left;
    }

    private Expression unary() {
        if (pos < text.length() && (peek() == '-' || peek() == '+')) {
            char sign = text.charAt(pos++);
            enter();
            Expression operand = unary();
            depth--;
            return sign == '-' ? new Expression.Negate(operand) : operand;
        }
        return primary();
    }

    private Expression primary() {
        if (pos >= text.length()) {
            throw new MacroSyntaxException("expression '" + text + "' ends early");
        }
        char c = peek();
        if (c == '(') {
            pos++;
            Expression inner = sum();
            if (pos >= text.length() || peek() != ')') {
                throw new MacroSyntaxException("missing ')' in expression '" + text + "'");
            }
            pos++;
            return inner;
        }
        if (c == '$') {
            pos++;
            int start = pos;
            while (pos < text.length() && Character.isDigit(peek())) {
                pos++;
            }
            if (start == pos) {
                throw new MacroSyntaxException("'$' without a variable number in '" + text + "'");
            }
            return new Expression.Variable(Integer.parseInt(text.substring(start, pos)));
        }
        int start = pos;
        while (pos < text.length() && (Character.isDigit(peek()) || peek() == '.')) {
            pos++;
        }
        if (start == pos) {
            throw new MacroSyntaxException("unexpected '" + c + "' in expression '" + text + "'");
        }
        try {
            return new Expression.Constant(Double.parseDouble(text.substring(start, pos)));
        } catch (NumberFormatException e) {
            throw new MacroSyntaxException("bad number '" + text.substring(start, pos) + "'");
        }
    }

    private char peek() {
        return text.charAt(pos);
    }

    private void enter() {
        if (++depth > maxDepth) {
            throw new MacroSyntaxException("expression nests deeper than the limit of " + maxDepth);
        }
    }
}
