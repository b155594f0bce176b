using System;

namespace Peering.Terraform.Evaluation
{
    /// <summary>HCL's arithmetic, comparison and logic operators over values.</summary>
    internal static class Operators
    {
        public static TfValue Binary(string op, TfValue left, TfValue right)
        {
            switch (op)
            {
                case "==":
                    return TfEquality.Equal(left, right);
                case "!=":
                    var equal = TfEquality.Equal(left, right);
                    return equal is TfBool b ? TfBool.Of(!b.Value) : equal;
                case "&&":
                    // A known false decides, whatever the other side (HCL short-circuits unknowns this way).
                    if (IsKnownBool(left, false) || IsKnownBool(right, false))
                    {
                        return TfBool.False;
                    }

                    return left.IsKnown && right.IsKnown ? TfBool.Of(TfConvert.ToBool(left, "an operand of &&") && TfConvert.ToBool(right, "an operand of &&")) : TfUnknown.Instance;
                case "||":
                    if (IsKnownBool(left, true) || IsKnownBool(right, true))
                    {
                        return TfBool.True;
                    }

                    return left.IsKnown && right.IsKnown ? TfBool.Of(TfConvert.ToBool(left, "an operand of ||") || TfConvert.ToBool(right, "an operand of ||")) : TfUnknown.Instance;
            }

            if (!left.IsKnown || !right.IsKnown)
            {
                return TfUnknown.Instance;
            }

            var a = TfConvert.ToNumber(left, "an operand of " + op);
            var b2 = TfConvert.ToNumber(right, "an operand of " + op);
            return op switch
            {
                "+" => TfConvert.Number(a + b2),
                "-" => TfConvert.Number(a - b2),
                "*" => TfConvert.Number(a * b2),
                "/" => b2 == 0 ? throw new TfEvaluationException("division by zero") : TfConvert.Number(a / b2),
                "%" => b2 == 0 ? throw new TfEvaluationException("modulo by zero") : TfConvert.Number(a % b2),
                "<" => TfBool.Of(a < b2),
                "<=" => TfBool.Of(a <= b2),
                ">" => TfBool.Of(a > b2),
                ">=" => TfBool.Of(a >= b2),
                _ => throw new TfEvaluationException("the operator " + op),
            };
        }

        public static TfValue Unary(char op, TfValue operand)
        {
            if (!operand.IsKnown)
            {
                return TfUnknown.Instance;
            }

            return op == '!'
                ? TfBool.Of(!TfConvert.ToBool(operand, "the operand of !"))
                : TfConvert.Number(-TfConvert.ToNumber(operand, "the operand of -"));
        }

        private static bool IsKnownBool(TfValue value, bool expected) =>
            value is TfBool b && b.Value == expected;
    }
}
