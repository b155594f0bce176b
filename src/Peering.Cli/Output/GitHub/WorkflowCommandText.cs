using System.Text;

namespace Peering.Cli.Output.GitHub
{
    /// <summary>
    /// Escaping for GitHub Actions workflow commands (<c>::error file=…::message</c>), as the Actions toolkit does it:
    /// in the message '%', CR and LF are percent-encoded; in a property value ':' and ',' too, so a name cannot end
    /// the property or start a command of its own.
    /// </summary>
    public static class WorkflowCommandText
    {
        public static string Message(string value) => Escape(value, property: false);

        public static string Property(string value) => Escape(value, property: true);

        private static string Escape(string value, bool property)
        {
            var builder = new StringBuilder(value.Length);
            foreach (char c in value)
            {
                switch (c)
                {
                    case '%': builder.Append("%25"); break;
                    case '\r': builder.Append("%0D"); break;
                    case '\n': builder.Append("%0A"); break;
                    case ':' when property: builder.Append("%3A"); break;
                    case ',' when property: builder.Append("%2C"); break;
                    default: builder.Append(c); break;
                }
            }

            return builder.ToString();
        }
    }
}
