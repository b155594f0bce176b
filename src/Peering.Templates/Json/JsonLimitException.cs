using System.Text.Json;

namespace Peering.Templates.Json
{
    /// <summary>
    /// The JSON may be valid but is beyond what the reader takes on (nesting, array length, number of values): the
    /// file is reported as skipped, with the limit, rather than as broken JSON.
    /// </summary>
    internal sealed class JsonLimitException : JsonException
    {
        public JsonLimitException(string message, int line, int column)
            : base(message, null, line - 1, column - 1)
        {
        }
    }
}
