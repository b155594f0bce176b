using System;
using System.Text;

namespace Peering.Benchmarks.Generation
{
    /// <summary>
    /// Writes ordinary service code with no Azure SDK in it: records, LINQ, async methods, pattern matching. It is the
    /// bulk of a real solution, the code the analyzers must cost nothing on.
    /// </summary>
    internal static class ServiceCodeGenerator
    {
        private static readonly string[] Nouns = { "Order", "Invoice", "Customer", "Shipment", "Ticket", "Account", "Payment", "Report", "Device", "Booking" };

        public static string Generate(int index, Random random)
        {
            var noun = Nouns[random.Next(Nouns.Length)];
            var type = noun + index;
            var sb = new StringBuilder();
            sb.Append($@"using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Contoso.Services.Area{index % 40}
{{
    public enum {type}Status {{ New, Active, Suspended, Closed }}

    public sealed record {type}(Guid Id, string Name, decimal Amount, {type}Status Status, DateTimeOffset CreatedAt);

    public interface I{type}Store
    {{
        Task<IReadOnlyList<{type}>> ListAsync(CancellationToken cancellationToken);

        Task SaveAsync({type} item, CancellationToken cancellationToken);
    }}

    public sealed class {type}Service
    {{
        private readonly I{type}Store store;
        private readonly Dictionary<Guid, {type}> cache = new();

        public {type}Service(I{type}Store store)
        {{
            this.store = store ?? throw new ArgumentNullException(nameof(store));
        }}
");
            var methods = 6 + random.Next(3);
            for (var m = 0; m < methods; m++)
            {
                sb.Append(Method(type, m, random));
            }

            sb.Append(@"    }
}
");
            return sb.ToString();
        }

        private static string Method(string type, int m, Random random) => (m % 4) switch
        {
            0 => $@"
        public async Task<decimal> Total{m}Async({type}Status status, CancellationToken cancellationToken)
        {{
            var items = await store.ListAsync(cancellationToken).ConfigureAwait(false);
            var total = items.Where(i => i.Status == status && i.Amount > {random.Next(1, 500)}m)
                .GroupBy(i => i.CreatedAt.Year)
                .Select(g => g.Sum(i => i.Amount) * {random.Next(1, 9)}m)
                .DefaultIfEmpty()
                .Sum();
            foreach (var item in items)
            {{
                cache[item.Id] = item;
            }}

            return total;
        }}
",
            1 => $@"
        public string Describe{m}({type} item) => item switch
        {{
            {{ Status: {type}Status.Closed }} => $""{{item.Name}} is closed"",
            {{ Amount: > {random.Next(100, 10000)} }} => $""{{item.Name}} is large: {{item.Amount:N2}}"",
            {{ Name.Length: 0 }} => ""unnamed"",
            _ => item.Name.ToUpperInvariant(),
        }};
",
            2 => $@"
        public async Task<bool> Rename{m}Async(Guid id, string name, CancellationToken cancellationToken)
        {{
            if (string.IsNullOrWhiteSpace(name))
            {{
                throw new ArgumentException(""A name is required."", nameof(name));
            }}

            if (!cache.TryGetValue(id, out var existing))
            {{
                return false;
            }}

            try
            {{
                await store.SaveAsync(existing with {{ Name = name.Trim() }}, cancellationToken).ConfigureAwait(false);
                return true;
            }}
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {{
                return false;
            }}
        }}
",
            _ => $@"
        public IEnumerable<string> Page{m}(int page, int size)
        {{
            var ordered = cache.Values.OrderByDescending(i => i.CreatedAt).ThenBy(i => i.Name, StringComparer.Ordinal);
            var index = 0;
            foreach (var item in ordered.Skip(page * size).Take(size))
            {{
                index++;
                yield return string.Join("","", index, item.Id, item.Name, item.Status, Math.Round(item.Amount * {random.Next(2, 7)}m / 3, 2));
            }}
        }}
",
        };
    }
}
