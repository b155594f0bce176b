using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using static Peering.Terraform.Evaluation.TfConvert;

namespace Peering.Terraform.Evaluation.Functions
{
    /// <summary>
    /// JSON (azapi bodies are often <c>jsonencode({...})</c>), base64, hashes, and <c>uuidv5</c>, which landing-zone
    /// modules use to name peerings deterministically.
    /// </summary>
    internal static class EncodingFunctions
    {
        private const int MaxJsonDepth = 64;

        public static void Register(Dictionary<string, TfFunction> table)
        {
            table["jsonencode"] = new TfFunction(1, 1, a => new TfString(EvaluationBudget.CheckString(Json(a[0]))));
            table["jsondecode"] = new TfFunction(1, 1, a => JsonDecode(ToText(a[0], "jsondecode's argument")));
            table["base64encode"] = new TfFunction(1, 1, a => new TfString(Convert.ToBase64String(Encoding.UTF8.GetBytes(ToText(a[0], "base64encode's argument")))));
            table["base64decode"] = new TfFunction(1, 1, a => new TfString(Base64Decode(ToText(a[0], "base64decode's argument"))));
            table["md5"] = Hash(MD5.HashData);
            table["sha1"] = Hash(SHA1.HashData);
            table["sha256"] = Hash(SHA256.HashData);
            table["uuidv5"] = new TfFunction(2, 2, a => new TfString(UuidV5(ToText(a[0], "uuidv5's namespace"), ToText(a[1], "uuidv5's name"))));
            table["urlencode"] = new TfFunction(1, 1, a => new TfString(Uri.EscapeDataString(ToText(a[0], "urlencode's argument"))));
        }

        /// <summary>Terraform's <c>jsonencode</c>: compact, object keys in lexical order, <c>&lt; &gt; &amp;</c> escaped.</summary>
        public static string Json(TfValue value)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true }))
            {
                Write(writer, value, 0);
            }

            return Encoding.UTF8.GetString(stream.ToArray());
        }

        private static void Write(Utf8JsonWriter writer, TfValue value, int depth)
        {
            if (depth > MaxJsonDepth)
            {
                throw new TfEvaluationException("jsonencode: the value nests too deeply");
            }

            switch (value)
            {
                case TfNull:
                    writer.WriteNullValue();
                    break;
                case TfBool b:
                    writer.WriteBooleanValue(b.Value);
                    break;
                case TfNumber n:
                    writer.WriteRawValue(n.AsString, skipInputValidation: true);
                    break;
                case TfString s:
                    writer.WriteStringValue(s.Value);
                    break;
                case TfList list:
                    writer.WriteStartArray();
                    foreach (var item in list.Items)
                    {
                        Write(writer, item, depth + 1);
                    }

                    writer.WriteEndArray();
                    break;
                case TfObject obj:
                    writer.WriteStartObject();
                    foreach (var (key, item) in obj.Attributes)
                    {
                        writer.WritePropertyName(key);
                        Write(writer, item, depth + 1);
                    }

                    writer.WriteEndObject();
                    break;
                default:
                    throw new TfEvaluationException("jsonencode of a " + value.TypeName);
            }
        }

        public static TfValue JsonDecode(string text)
        {
            try
            {
                using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = MaxJsonDepth });
                return FromJson(document.RootElement);
            }
            catch (JsonException e)
            {
                throw new TfEvaluationException("jsondecode: " + e.Message);
            }
        }

        public static TfValue FromJson(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.Null => TfNull.Instance,
            JsonValueKind.True => TfBool.True,
            JsonValueKind.False => TfBool.False,
            JsonValueKind.Number => new TfNumber(element.GetDouble()),
            JsonValueKind.String => new TfString(element.GetString()!),
            JsonValueKind.Array => new TfList(element.EnumerateArray().Select(FromJson).ToArray(), false),
            JsonValueKind.Object => TfObject.Of(element.EnumerateObject().Select(p => new KeyValuePair<string, TfValue>(p.Name, FromJson(p.Value)))),
            _ => throw new TfEvaluationException("jsondecode: an unexpected JSON value"),
        };

        private static string Base64Decode(string text)
        {
            try
            {
                return new UTF8Encoding(false, true).GetString(Convert.FromBase64String(text));
            }
            catch (Exception e) when (e is FormatException or ArgumentException)
            {
                throw new TfEvaluationException("base64decode: the argument is not base64 of UTF-8 text");
            }
        }

        private static TfFunction Hash(Func<byte[], byte[]> hash) =>
            new TfFunction(1, 1, a => new TfString(Convert.ToHexString(hash(Encoding.UTF8.GetBytes(ToText(a[0], "the argument")))).ToLowerInvariant()));

        /// <summary>A name-based (SHA-1) UUID, RFC 4122 section 4.3, with Terraform's named namespaces.</summary>
        private static string UuidV5(string space, string name)
        {
            var ns = space switch
            {
                "dns" => "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
                "url" => "6ba7b811-9dad-11d1-80b4-00c04fd430c8",
                "oid" => "6ba7b812-9dad-11d1-80b4-00c04fd430c8",
                "x500" => "6ba7b814-9dad-11d1-80b4-00c04fd430c8",
                _ => space,
            };
            if (!Guid.TryParse(ns, out var guid))
            {
                throw new TfEvaluationException("uuidv5: '" + space + "' is not a namespace");
            }

            var bytes = guid.ToByteArray(bigEndian: true).Concat(Encoding.UTF8.GetBytes(name)).ToArray();
            var hash = SHA1.HashData(bytes);
            hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
            hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
            return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString("D");
        }
    }
}
