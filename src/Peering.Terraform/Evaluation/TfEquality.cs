using System.Linq;

namespace Peering.Terraform.Evaluation
{
    /// <summary>Terraform's <c>==</c>: structural, no conversion between types, unknown when either side is not known.</summary>
    internal static class TfEquality
    {
        /// <summary>True, false, or unknown.</summary>
        public static TfValue Equal(TfValue left, TfValue right) =>
            left.ContainsUnknown() || right.ContainsUnknown() ? TfUnknown.Instance : TfBool.Of(KnownEqual(left, right));

        /// <summary>Equality of two values without unknowns (an unknown is equal to nothing).</summary>
        public static bool KnownEqual(TfValue left, TfValue right)
        {
            switch (left)
            {
                case TfNull:
                    return right is TfNull;
                case TfBool b:
                    return right is TfBool other && other.Value == b.Value;
                case TfNumber n:
                    return right is TfNumber number && number.Value == n.Value;
                case TfString s:
                    return right is TfString text && text.Value == s.Value;
                case TfList list when right is TfList items && items.Items.Count == list.Items.Count:
                    return list.IsSet
                        ? list.Items.All(i => items.Items.Any(o => KnownEqual(i, o)))
                        : list.Items.Zip(items.Items).All(p => KnownEqual(p.First, p.Second));
                case TfObject obj when right is TfObject map && map.Attributes.Count == obj.Attributes.Count:
                    return obj.Attributes.All(a => map.Attributes.TryGetValue(a.Key, out var value) && KnownEqual(a.Value, value));
                default:
                    return false;
            }
        }
    }
}
