using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Peering.Templates.Json;

namespace Peering.Templates.Expressions
{
    /// <summary>
    /// The ARM template functions peering templates use. A call with an unknown argument gives unknown; a function
    /// not listed here gives unknown and is reported (PEER902) once per file.
    /// </summary>
    internal static class ArmFunctions
    {
        /// <summary>
        /// Bounds on computed values: real templates stay far below them, and a template whose variables double a string
        /// or an array at each step must not exhaust memory.
        /// </summary>
        private const int MaxStringLength = 1_000_000;
        private const int MaxArrayLength = 100_000;
        private const int MaxUnionItems = 10_000;

        /// <summary>.NET accepts padding and precision up to a billion characters; no template needs more than this.</summary>
        private static readonly Regex LargeFormatWidth = new Regex(@"\{[^}]*?[,:][^}]*?\d{4,}", RegexOptions.CultureInvariant);

        private static readonly Dictionary<string, Func<IReadOnlyList<ArmValue>, EvaluationContext, ArmValue>> Functions =
            new Dictionary<string, Func<IReadOnlyList<ArmValue>, EvaluationContext, ArmValue>>(StringComparer.OrdinalIgnoreCase)
            {
                ["resourceId"] = (a, c) => ResourceIds.ResourceId(a, c.Scope.FunctionTarget),
                ["subscriptionResourceId"] = (a, c) => ResourceIds.SubscriptionResourceId(a, c.Scope.FunctionTarget),
                ["extensionResourceId"] = (a, _) => ResourceIds.ExtensionResourceId(a),
                ["resourceGroup"] = (a, c) => a.Count == 0 ? ResourceIds.ResourceGroup(c.Scope.FunctionTarget) : ArmUnknown.Instance,
                ["subscription"] = (a, c) => a.Count == 0 ? ResourceIds.Subscription(c.Scope.FunctionTarget) : ArmUnknown.Instance,
                ["concat"] = (a, _) => Concat(a),
                ["format"] = (a, _) => Format(a),
                ["string"] = (a, _) => a.Count == 1 && a[0].IsFullyKnown ? new ArmString(a[0].ToArmString()) : ArmUnknown.Instance,
                ["toLower"] = (a, _) => MapString(a, s => s.ToLowerInvariant()),
                ["toUpper"] = (a, _) => MapString(a, s => s.ToUpperInvariant()),
                ["split"] = (a, _) => Split(a),
                ["first"] = (a, _) => Element(a, first: true),
                ["last"] = (a, _) => Element(a, first: false),
                ["replace"] = (a, _) => a.Count == 3 && a.All(v => v is ArmString) && ((ArmString)a[1]).Value.Length > 0
                    ? new ArmString(((ArmString)a[0]).Value.Replace(((ArmString)a[1]).Value, ((ArmString)a[2]).Value))
                    : ArmUnknown.Instance,
                ["equals"] = (a, _) => a.Count == 2 && a[0].IsFullyKnown && a[1].IsFullyKnown ? ArmValue.From(a[0].ValueEquals(a[1])) : ArmUnknown.Instance,
                ["not"] = (a, _) => a.Count == 1 && a[0] is ArmBool b ? ArmValue.From(!b.Value) : ArmUnknown.Instance,
                ["and"] = (a, _) => Logical(a, decisive: false),
                ["or"] = (a, _) => Logical(a, decisive: true),
                ["length"] = (a, _) => Length(a),
                ["empty"] = (a, _) => Length(a) is ArmNumber n ? ArmValue.From(n.Value == 0) : a.Count == 1 && a[0] is ArmNull ? ArmBool.True : ArmUnknown.Instance,
                ["union"] = (a, _) => Union(a),
                ["createArray"] = (a, _) => new ArmArray(a.ToArray()),
                ["createObject"] = (a, _) => CreateObject(a),
                ["true"] = (a, _) => a.Count == 0 ? ArmBool.True : ArmUnknown.Instance,
                ["false"] = (a, _) => a.Count == 0 ? ArmBool.False : ArmUnknown.Instance,
                ["null"] = (a, _) => a.Count == 0 ? ArmNull.Instance : ArmUnknown.Instance,

                // What Bicep compiles its operators and loops to: i + 1, a > b, for i in range(0, n), a ?? b, contains(...).
                ["add"] = (a, _) => MoreFunctions.Arithmetic(a, (x, y) => x + y),
                ["sub"] = (a, _) => MoreFunctions.Arithmetic(a, (x, y) => x - y),
                ["mul"] = (a, _) => MoreFunctions.Arithmetic(a, (x, y) => x * y),
                ["div"] = (a, _) => MoreFunctions.Arithmetic(a, (x, y) => y == 0 ? (long?)null : x / y),
                ["mod"] = (a, _) => MoreFunctions.Arithmetic(a, (x, y) => y == 0 ? (long?)null : x % y),
                ["greater"] = (a, _) => MoreFunctions.Compare(a, c => c > 0),
                ["greaterOrEquals"] = (a, _) => MoreFunctions.Compare(a, c => c >= 0),
                ["less"] = (a, _) => MoreFunctions.Compare(a, c => c < 0),
                ["lessOrEquals"] = (a, _) => MoreFunctions.Compare(a, c => c <= 0),
                ["int"] = (a, _) => MoreFunctions.Int(a),
                ["range"] = (a, _) => MoreFunctions.Range(a),
                ["contains"] = (a, _) => MoreFunctions.Contains(a),
                ["coalesce"] = (a, _) => MoreFunctions.Coalesce(a),
                ["take"] = (a, _) => MoreFunctions.TakeOrSkip(a, take: true),
                ["skip"] = (a, _) => MoreFunctions.TakeOrSkip(a, take: false),

                ["startsWith"] = (a, _) => StringFunctions.StartsOrEndsWith(a, start: true),
                ["endsWith"] = (a, _) => StringFunctions.StartsOrEndsWith(a, start: false),
                ["indexOf"] = (a, _) => CollectionFunctions.IndexOf(a, last: false),
                ["lastIndexOf"] = (a, _) => CollectionFunctions.IndexOf(a, last: true),
                ["substring"] = (a, _) => StringFunctions.Substring(a),
                ["trim"] = (a, _) => MapString(a, s => s.Trim()),
                ["padLeft"] = (a, _) => StringFunctions.PadLeft(a),
                ["base64"] = (a, _) => StringFunctions.Base64(a),
                ["base64ToString"] = (a, _) => StringFunctions.Base64ToString(a),
                ["base64ToJson"] = (a, _) => StringFunctions.Base64ToJson(a),
                ["dataUri"] = (a, _) => StringFunctions.DataUri(a),
                ["dataUriToString"] = (a, _) => StringFunctions.DataUriToString(a),
                ["uri"] = (a, _) => StringFunctions.Uri(a),
                ["uriComponent"] = (a, _) => StringFunctions.UriComponent(a),
                ["uriComponentToString"] = (a, _) => StringFunctions.UriComponentToString(a),
                ["bool"] = (a, _) => StringFunctions.Bool(a),
                ["json"] = (a, _) => StringFunctions.Json(a),
                ["array"] = (a, _) => CollectionFunctions.Array(a),
                ["flatten"] = (a, _) => CollectionFunctions.Flatten(a),
                ["intersection"] = (a, _) => CollectionFunctions.Intersection(a),
                ["join"] = (a, _) => CollectionFunctions.Join(a),
                ["min"] = (a, _) => CollectionFunctions.Extreme(a, max: false),
                ["max"] = (a, _) => CollectionFunctions.Extreme(a, max: true),
                ["items"] = (a, _) => CollectionFunctions.Items(a),
                ["objectKeys"] = (a, _) => CollectionFunctions.ObjectKeys(a),
                ["shallowMerge"] = (a, _) => CollectionFunctions.ShallowMerge(a),
                ["tryGet"] = (a, _) => CollectionFunctions.TryGet(a),
                ["parseCidr"] = (a, _) => CidrFunctions.ParseCidr(a),
                ["cidrSubnet"] = (a, _) => CidrFunctions.CidrSubnet(a),
                ["cidrHost"] = (a, _) => CidrFunctions.CidrHost(a),
                ["uniqueString"] = (a, _) => UniqueNames.UniqueString(a),
                ["guid"] = (a, _) => UniqueNames.Guid(a),
            };

        public static ArmValue Invoke(CallExpression call, EvaluationContext context, SourceNode at)
        {
            switch (call.Name.ToLowerInvariant())
            {
                case "parameters":
                    return Name(call, context, at) is string parameter ? context.Scope.Parameter(parameter, context, at) : ArmUnknown.Instance;
                case "variables":
                    return Name(call, context, at) is string variable ? context.Scope.Variable(variable, context, at) : ArmUnknown.Instance;
                case "if":
                    return If(call, context, at);
                case "copyindex":
                    return CopyIndex(call, context, at);
                case "reference":
                    return DeploymentOutputs.Reference(call, context, at);
            }

            if (LambdaFunctions.TryInvoke(call, context, at) is ArmValue lambdaResult)
            {
                return Bounded(lambdaResult, call, context, at, Array.Empty<ArmValue>());
            }

            if (!Functions.TryGetValue(call.Name, out var function))
            {
                return context.Unevaluated("the function '" + call.Name + "'", at);
            }

            var arguments = call.Arguments.Select(a => TemplateExpressions.Evaluate(a, context, at)).ToArray();
            if (arguments.Any(a => ValueSize.Exceeds(a, MaxStringLength)))
            {
                return context.Unevaluated("a value larger than the reader evaluates (passed to '" + call.Name + "')", at);
            }

            return Bounded(function(arguments, context), call, context, at, arguments);
        }

        /// <summary>The result, or unknown (reported) when it is a string or array beyond what the reader evaluates; an unknown result without a cause of its own takes the cause of an unknown among <paramref name="arguments"/>.</summary>
        private static ArmValue Bounded(ArmValue result, CallExpression call, EvaluationContext context, SourceNode at, ArmValue[] arguments)
        {
            if (result is ArmString s && s.Value.Length > MaxStringLength || result is ArmArray a && a.Items.Count > MaxArrayLength)
            {
                return context.Unevaluated("a value larger than the reader evaluates (from '" + call.Name + "')", at);
            }

            return UnknownCauses.Explained(result, arguments);
        }

        private static string? Name(CallExpression call, EvaluationContext context, SourceNode at) =>
            call.Arguments.Count == 1 && TemplateExpressions.Evaluate(call.Arguments[0], context, at) is ArmString name ? name.Value : null;

        /// <summary>Only the branch the condition picks is evaluated, as ARM does, so the other may call what the reader cannot evaluate.</summary>
        private static ArmValue If(CallExpression call, EvaluationContext context, SourceNode at)
        {
            var value = call.Arguments.Count == 3 ? TemplateExpressions.Evaluate(call.Arguments[0], context, at) : ArmUnknown.Instance;
            if (!(value is ArmBool condition))
            {
                return UnknownCauses.Explained(ArmUnknown.Instance, value);
            }

            return TemplateExpressions.Evaluate(call.Arguments[condition.Value ? 1 : 2], context, at);
        }

        /// <summary><c>copyIndex()</c>, <c>copyIndex(offset)</c>, <c>copyIndex('loop')</c>, <c>copyIndex('loop', offset)</c>.</summary>
        private static ArmValue CopyIndex(CallExpression call, EvaluationContext context, SourceNode at)
        {
            var arguments = call.Arguments.Select(a => TemplateExpressions.Evaluate(a, context, at)).ToArray();
            if (arguments.Length > 2 || arguments.Any(a => a.IsUnknown))
            {
                return UnknownCauses.Explained(ArmUnknown.Instance, arguments);
            }

            var loopName = arguments.Length > 0 && arguments[0] is ArmString s ? s.Value : null;
            var offsetArgument = arguments.Length == 2 ? arguments[1] : arguments.Length == 1 && loopName == null ? arguments[0] : null;
            var offset = offsetArgument is ArmNumber n ? n.Value : 0;
            var index = context.CopyIndex(loopName);
            if (index == null)
            {
                return context.Unevaluated("copyIndex() outside a copy loop" + (loopName == null ? string.Empty : " named '" + loopName + "'"), at);
            }

            return index is ArmNumber current ? new ArmNumber(current.Value + offset) : index;
        }

        private static ArmValue Concat(IReadOnlyList<ArmValue> arguments)
        {
            if (arguments.Count > 0 && arguments.All(a => a is ArmArray))
            {
                return new ArmArray(arguments.SelectMany(a => ((ArmArray)a).Items).ToArray());
            }

            if (arguments.Any(a => a.IsUnknown || a is ArmArray || a is ArmObject))
            {
                return ArmUnknown.Instance;
            }

            return new ArmString(string.Concat(arguments.Select(a => a.ToArmString())));
        }

        /// <summary>ARM's format() is .NET composite formatting, so "{0:D2}" pads numbers as it does there.</summary>
        private static ArmValue Format(IReadOnlyList<ArmValue> arguments)
        {
            if (arguments.Count == 0 || !(arguments[0] is ArmString format) || arguments.Any(a => !a.IsFullyKnown) || LargeFormatWidth.IsMatch(format.Value))
            {
                return ArmUnknown.Instance;
            }

            var values = arguments.Skip(1).Select(a => a is ArmNumber n ? (object)n.Value : a.ToArmString()).ToArray();
            try
            {
                return new ArmString(string.Format(CultureInfo.InvariantCulture, format.Value, values));
            }
            catch (FormatException)
            {
                return ArmUnknown.Instance;
            }
        }

        private static ArmValue MapString(IReadOnlyList<ArmValue> arguments, Func<string, string> map) =>
            arguments.Count == 1 && arguments[0] is ArmString s ? new ArmString(map(s.Value)) : ArmUnknown.Instance;

        private static ArmValue Split(IReadOnlyList<ArmValue> arguments)
        {
            if (arguments.Count != 2 || !(arguments[0] is ArmString text))
            {
                return ArmUnknown.Instance;
            }

            string[]? delimiters = arguments[1] switch
            {
                ArmString s => new[] { s.Value },
                ArmArray a when a.Items.All(i => i is ArmString) => a.Items.Select(i => ((ArmString)i).Value).ToArray(),
                _ => null,
            };
            if (delimiters == null || delimiters.Any(d => d.Length == 0))
            {
                return ArmUnknown.Instance;
            }

            return new ArmArray(text.Value.Split(delimiters, StringSplitOptions.None).Select(p => (ArmValue)new ArmString(p)).ToArray());
        }

        private static ArmValue Element(IReadOnlyList<ArmValue> arguments, bool first)
        {
            if (arguments.Count != 1)
            {
                return ArmUnknown.Instance;
            }

            switch (arguments[0])
            {
                case ArmString s when s.Value.Length > 0:
                    return new ArmString(s.Value[first ? 0 : s.Value.Length - 1].ToString());
                case ArmArray a when a.Items.Count > 0:
                    return a.Items[first ? 0 : a.Items.Count - 1];
                default:
                    return ArmUnknown.Instance;
            }
        }

        /// <summary>and()/or(): a decisive known argument (false for and, true for or) settles it even when others are unknown.</summary>
        private static ArmValue Logical(IReadOnlyList<ArmValue> arguments, bool decisive)
        {
            if (arguments.Count < 2)
            {
                return ArmUnknown.Instance;
            }

            if (arguments.Any(a => a is ArmBool b && b.Value == decisive))
            {
                return ArmValue.From(decisive);
            }

            return arguments.All(a => a is ArmBool) ? ArmValue.From(!decisive) : ArmUnknown.Instance;
        }

        private static ArmValue Length(IReadOnlyList<ArmValue> arguments)
        {
            if (arguments.Count != 1)
            {
                return ArmUnknown.Instance;
            }

            return arguments[0] switch
            {
                ArmString s => new ArmNumber(s.Value.Length),
                ArmArray a => new ArmNumber(a.Items.Count),
                ArmObject o => new ArmNumber(o.Names.Count),
                _ => ArmUnknown.Instance,
            };
        }

        private static ArmValue Union(IReadOnlyList<ArmValue> arguments)
        {
            // Removing duplicates compares every pair; long arrays are left unknown rather than taking minutes.
            if (arguments.Count > 0 && arguments.All(a => a is ArmArray) && arguments.Sum(a => ((ArmArray)a).Items.Count) <= MaxUnionItems)
            {
                var items = new List<ArmValue>();
                foreach (var item in arguments.SelectMany(a => ((ArmArray)a).Items))
                {
                    if (!item.IsFullyKnown)
                    {
                        return ArmUnknown.Instance;
                    }

                    if (!items.Any(i => i.ValueEquals(item)))
                    {
                        items.Add(item);
                    }
                }

                return new ArmArray(items);
            }

            if (arguments.Count > 0 && arguments.All(a => a is ArmObject))
            {
                return arguments.Cast<ArmObject>().Aggregate(MergeObjects);
            }

            return ArmUnknown.Instance;
        }

        /// <summary>union() of objects: later values win, and nested objects are merged rather than replaced.</summary>
        private static ArmObject MergeObjects(ArmObject first, ArmObject second)
        {
            var merged = first.Properties.ToList();
            foreach (var property in second.Properties)
            {
                var index = merged.FindIndex(p => string.Equals(p.Key, property.Key, StringComparison.OrdinalIgnoreCase));
                if (index < 0)
                {
                    merged.Add(property);
                }
                else
                {
                    var value = merged[index].Value is ArmObject a && property.Value is ArmObject b ? MergeObjects(a, b) : property.Value;
                    merged[index] = new KeyValuePair<string, ArmValue>(merged[index].Key, value);
                }
            }

            return new ArmObject(merged);
        }

        private static ArmValue CreateObject(IReadOnlyList<ArmValue> arguments)
        {
            if (arguments.Count % 2 != 0)
            {
                return ArmUnknown.Instance;
            }

            var properties = new List<KeyValuePair<string, ArmValue>>();
            for (var i = 0; i < arguments.Count; i += 2)
            {
                if (!(arguments[i] is ArmString key))
                {
                    return ArmUnknown.Instance;
                }

                properties.Add(new KeyValuePair<string, ArmValue>(key.Value, arguments[i + 1]));
            }

            return new ArmObject(properties);
        }
    }
}
