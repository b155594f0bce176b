using System.Globalization;
using System.Linq;

namespace Peering.Terraform.Evaluation
{
    /// <summary>Terraform's automatic conversions between primitive types, and the errors it gives when there is none.</summary>
    internal static class TfConvert
    {
        public static bool ToBool(TfValue value, string what) => value switch
        {
            TfBool b => b.Value,
            TfString { Value: "true" } => true,
            TfString { Value: "false" } => false,
            _ => throw new TfEvaluationException(what + " must be a bool, not " + value.TypeName),
        };

        public static double ToNumber(TfValue value, string what) => value switch
        {
            TfNumber n => n.Value,
            TfString s when double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && !double.IsNaN(parsed) && !double.IsInfinity(parsed) => parsed,
            _ => throw new TfEvaluationException(what + " must be a number, not " + value.TypeName),
        };

        public static int ToInt(TfValue value, string what)
        {
            var number = ToNumber(value, what);
            return number == System.Math.Floor(number) && System.Math.Abs(number) <= int.MaxValue
                ? (int)number
                : throw new TfEvaluationException(what + " must be a whole number");
        }

        public static string ToText(TfValue value, string what) =>
            value is TfString or TfNumber or TfBool
                ? value.AsString!
                : throw new TfEvaluationException(what + " must be a string, not " + value.TypeName);

        /// <summary>The elements of a list, tuple or set.</summary>
        public static System.Collections.Generic.IReadOnlyList<TfValue> ToItems(TfValue value, string what) => value switch
        {
            TfList list => list.Items,
            _ => throw new TfEvaluationException(what + " must be a list, not " + value.TypeName),
        };

        public static TfObject ToObject(TfValue value, string what) =>
            value as TfObject ?? throw new TfEvaluationException(what + " must be a map or object, not " + value.TypeName);

        public static TfValue Number(double value) =>
            double.IsNaN(value) || double.IsInfinity(value) ? throw new TfEvaluationException("the result is not a finite number") : new TfNumber(value);

        /// <summary>The value with every string made a string (for map(string) and the like); others unchanged.</summary>
        public static TfValue Strings(TfValue value) => value switch
        {
            TfList list => new TfList(list.Items.Select(Strings).ToArray(), list.IsSet),
            TfNumber or TfBool => new TfString(value.AsString!),
            _ => value,
        };
    }
}
