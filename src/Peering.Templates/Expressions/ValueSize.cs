namespace Peering.Templates.Expressions
{
    /// <summary>
    /// How big a value is (characters of its strings plus one per member), counted only up to a limit. Values share
    /// members, so a few variables can describe a value far larger than the template: functions refuse such inputs.
    /// </summary>
    internal static class ValueSize
    {
        public static bool Exceeds(ArmValue value, long limit)
        {
            var remaining = limit;
            return !Fits(value, ref remaining);
        }

        private static bool Fits(ArmValue value, ref long remaining)
        {
            remaining -= value is ArmString s ? s.Value.Length + 1 : 1;
            if (remaining < 0)
            {
                return false;
            }

            switch (value)
            {
                case ArmArray array:
                    foreach (var item in array.Items)
                    {
                        if (!Fits(item, ref remaining))
                        {
                            return false;
                        }
                    }

                    return true;
                case ArmObject obj:
                    foreach (var property in obj.Properties)
                    {
                        remaining -= property.Key.Length;
                        if (!Fits(property.Value, ref remaining))
                        {
                            return false;
                        }
                    }

                    return true;
                default:
                    return true;
            }
        }
    }
}
