namespace Peering.Templates.Expressions
{
    /// <summary>
    /// Why a computed value is unknown. A function or operator that gives unknown because an input is unknown passes on
    /// the construct that input carries (<see cref="ArmUnknown.Cause"/>), so a rule the result stops can name it. Values
    /// share members, so the search stops after a bounded number of them, as <see cref="ValueSize"/> does.
    /// </summary>
    internal static class UnknownCauses
    {
        private const int MaxSearched = 10_000;

        /// <summary>
        /// <paramref name="result"/>; when it is unknown without a cause, the first unknown with one among
        /// <paramref name="inputs"/> and their members, if there is one.
        /// </summary>
        public static ArmValue Explained(ArmValue result, params ArmValue[] inputs)
        {
            if (!(result is ArmUnknown unknown) || unknown.Cause != null)
            {
                return result;
            }

            var remaining = MaxSearched;
            foreach (var input in inputs)
            {
                if (Find(input, ref remaining) is ArmUnknown explained)
                {
                    return explained;
                }
            }

            return result;
        }

        private static ArmUnknown? Find(ArmValue value, ref int remaining)
        {
            if (--remaining < 0)
            {
                return null;
            }

            switch (value)
            {
                case ArmUnknown unknown:
                    return unknown.Cause == null ? null : unknown;
                case ArmArray array:
                    foreach (var item in array.Items)
                    {
                        if (Find(item, ref remaining) is ArmUnknown found)
                        {
                            return found;
                        }
                    }

                    return null;
                case ArmObject obj:
                    foreach (var property in obj.Properties)
                    {
                        if (Find(property.Value, ref remaining) is ArmUnknown found)
                        {
                            return found;
                        }
                    }

                    return null;
                default:
                    return null;
            }
        }
    }
}
