using static Peering.Templates.Tests.Infrastructure.Expressions;

namespace Peering.Templates.Tests.Expressions
{
    /// <summary>
    /// The string, array and object functions against the examples of ARM's documentation (template-functions-string,
    /// -array, -object, -logical) and the values in Azure/bicep's parameter-file baseline
    /// (baselines_bicepparam/Expressions/parameters.json), which ARM's own function library produced.
    /// </summary>
    public class StringAndCollectionFunctionTests
    {
        [Theory]
        [InlineData("[startsWith('abcdef', 'ab')]", "true")]
        [InlineData("[startsWith('abcdef', 'A')]", "true")]
        [InlineData("[startsWith('abcdef', 'e')]", "false")]
        [InlineData("[endsWith('abcdef', 'ef')]", "true")]
        [InlineData("[endsWith('abcdef', 'F')]", "true")]
        [InlineData("[endsWith('abcdef', 'e')]", "false")]
        [InlineData("[indexOf('test', 't')]", "0")]
        [InlineData("[lastIndexOf('test', 't')]", "3")]
        [InlineData("[indexOf('abcdef', 'CD')]", "2")]
        [InlineData("[lastIndexOf('abcdef', 'AB')]", "0")]
        [InlineData("[indexOf('abcdef', 'z')]", "-1")]
        [InlineData("[base64('one, two, three')]", "\"b25lLCB0d28sIHRocmVl\"")]
        [InlineData("[base64ToString('b25lLCB0d28sIHRocmVl')]", "\"one, two, three\"")]
        [InlineData("[dataUri('Hello')]", "\"data:text/plain;charset=utf8;base64,SGVsbG8=\"")]
        [InlineData("[dataUriToString('data:;base64,SGVsbG8sIFdvcmxkIQ==')]", "\"Hello, World!\"")]
        [InlineData("[padLeft('123', 10, '0')]", "\"0000000123\"")]
        [InlineData("[uri('http://contoso.com/resources/', 'nested/azuredeploy.json')]", "\"http://contoso.com/resources/nested/azuredeploy.json\"")]
        [InlineData("[uriComponent('http://contoso.com/resources/nested/azuredeploy.json')]", "\"http%3A%2F%2Fcontoso.com%2Fresources%2Fnested%2Fazuredeploy.json\"")]
        [InlineData("[uriComponentToString('http%3A%2F%2Fcontoso.com%2Fresources%2Fnested%2Fazuredeploy.json')]", "\"http://contoso.com/resources/nested/azuredeploy.json\"")]
        [InlineData("[bool('true')]", "true")]
        [InlineData("[bool('False')]", "false")]
        [InlineData("[bool(0)]", "false")]
        [InlineData("[bool(1)]", "true")]
        [InlineData("[json('{\"a\": \"b\"}')]", "{\"a\":\"b\"}")]
        [InlineData("[json('\"test\"')]", "\"test\"")]
        [InlineData("[json('true')]", "true")]
        [InlineData("[json('3')]", "3")]
        [InlineData("[json('[1, 2, 3]')]", "[1,2,3]")]
        [InlineData("[json('null')]", "null")]
        [InlineData("[array(1)]", "[1]")]
        [InlineData("[array('efgh')]", "[\"efgh\"]")]
        [InlineData("[array(createObject('a', 'b', 'c', 'd'))]", "[{\"a\":\"b\",\"c\":\"d\"}]")]
        [InlineData("[flatten(createArray(createArray('one', 'two'), createArray('three'), createArray('four', 'five')))]", "[\"one\",\"two\",\"three\",\"four\",\"five\"]")]
        [InlineData("[intersection(createObject('one', 'a', 'two', 'b', 'three', 'c'), createObject('one', 'a', 'two', 'z', 'three', 'c'))]", "{\"one\":\"a\",\"three\":\"c\"}")]
        [InlineData("[intersection(createArray('one', 'two', 'three'), createArray('two', 'three'))]", "[\"two\",\"three\"]")]
        [InlineData("[max(createArray(0, 3, 2, 5, 4))]", "5")]
        [InlineData("[min(createArray(0, 3, 2, 5, 4))]", "0")]
        [InlineData("[max(0, 3, 2, 5, 4)]", "5")]
        [InlineData("[objectKeys(createObject('b', 1, 'a', 2))]", "[\"a\",\"b\"]")]
        [InlineData(
            "[items(createObject('item002', createObject('enabled', false(), 'number', 200), 'item001', createObject('enabled', true(), 'number', 300)))]",
            "[{\"key\":\"item001\",\"value\":{\"enabled\":true,\"number\":300}},{\"key\":\"item002\",\"value\":{\"enabled\":false,\"number\":200}}]")]
        [InlineData("[shallowMerge(createArray(createObject('one', 'a'), createObject('two', 'b'), createObject('two', 'c')))]", "{\"one\":\"a\",\"two\":\"c\"}")]
        [InlineData(
            "[shallowMerge(createArray(createObject('one', 'a', 'nested', createObject('a', 1, 'nested', createObject('c', 3))), createObject('two', 'b', 'nested', createObject('b', 2))))]",
            "{\"one\":\"a\",\"nested\":{\"b\":2},\"two\":\"b\"}")]
        public void The_documented_examples_give_the_documented_values(string expression, string expected) =>
            Assert.Equal(expected, Show(expression));

        [Theory]
        [InlineData("[base64ToString(base64('abc'))]", "\"abc\"")]
        [InlineData("[base64ToJson(base64('{\"hi\": \"there\"}')).hi]", "\"there\"")]
        [InlineData("[dataUriToString(dataUri('abc'))]", "\"abc\"")]
        [InlineData("[endsWith('foo', 'o')]", "true")]
        [InlineData("[flatten(createArray(createArray('abc'), createArray('def')))]", "[\"abc\",\"def\"]")]
        [InlineData("[indexOf('abc', 'b')]", "1")]
        [InlineData("[intersection(createArray(1, 2, 3), createArray(2, 3, 4))]", "[2,3]")]
        [InlineData("[items(createObject('foo', 'abc', 'bar', 123))]", "[{\"key\":\"bar\",\"value\":123},{\"key\":\"foo\",\"value\":\"abc\"}]")]
        [InlineData("[join(createArray('abc', 'def', 'ghi'), '/')]", "\"abc/def/ghi\"")]
        [InlineData("[lastIndexOf('abcba', 'b')]", "3")]
        [InlineData("[max(1, 2, 3)]", "3")]
        [InlineData("[min(1, 2, 3)]", "1")]
        [InlineData("[padLeft(13, 5)]", "\"   13\"")]
        [InlineData("[startsWith('abc', 'a')]", "true")]
        [InlineData("[substring('asdfasf', 3)]", "\"fasf\"")]
        [InlineData("[trim('  adf asdf  ')]", "\"adf asdf\"")]
        [InlineData("[uri('https://github.com', 'Azure/bicep')]", "\"https://github.com/Azure/bicep\"")]
        [InlineData("[uriComponent('UB*8h 0+=_)9h9n')]", "\"UB%2A8h%200%2B%3D_%299h9n\"")]
        [InlineData("[uriComponentToString('%20%25%20')]", "\" % \"")]
        [InlineData("[array(createArray())]", "[]")]
        [InlineData("[bool(true())]", "true")]
        public void The_values_ARMs_function_library_produced_for_Bicep(string expression, string expected) =>
            Assert.Equal(expected, Show(expression));

        [Theory]
        // Bicep's a.?b.c, a[?1] and a.?b ?? d compile to tryGet (with a path) and coalesce.
        [InlineData("[tryGet(createObject('a', createObject('b', 1)), 'a', 'b')]", "1")]
        [InlineData("[tryGet(createObject('a', 1), 'x')]", "null")]
        [InlineData("[tryGet(createObject('a', 1), 'x', 'y')]", "null")]
        [InlineData("[tryGet(createObject('Name', 'hub'), 'name')]", "\"hub\"")]
        [InlineData("[tryGet(createArray('a', 'b'), 1)]", "\"b\"")]
        [InlineData("[tryGet(createArray('a', 'b'), 2)]", "null")]
        [InlineData("[coalesce(tryGet(createObject(), 'prefix'), '10.0.0.0/16')]", "\"10.0.0.0/16\"")]
        [InlineData("[substring('hub-vnet', 4, 4)]", "\"vnet\"")]
        [InlineData("[indexOf(createArray('a', 'B', 'b'), 'b')]", "2")]
        [InlineData("[lastIndexOf(createArray(1, 2, 1), 1)]", "2")]
        [InlineData("[indexOf(createArray(1), 2)]", "-1")]
        [InlineData("[json('{ \"a\": [ 1, 2, ], // a comment\n }').a]", "[1,2]")]
        public void Safe_access_and_other_documented_rules(string expression, string expected) =>
            Assert.Equal(expected, Show(expression));

        [Theory]
        [InlineData("[tryGet(resourceGroup().location, 'a')]")]
        [InlineData("[tryGet(createObject('a', 1), resourceGroup().location)]")]
        [InlineData("[substring('abc', 2, 5)]")] // beyond the text: ARM fails
        [InlineData("[substring('abc', 4)]")]
        [InlineData("[lastIndexOf('abc', '')]")] // .NET versions disagree
        [InlineData("[startsWith('Éa', 'é')]")] // case folding outside ASCII is not documented
        [InlineData("[items(createObject('B', 1, 'a', 2))]")] // ordinal and case-insensitive order disagree
        [InlineData("[json('{ not json')]")]
        [InlineData("[json('1.5')]")]
        [InlineData("[base64ToString('not base64!')]")]
        [InlineData("[dataUriToString('data:text/plain;charset=utf-16;base64,AAA=')]")]
        [InlineData("[bool(2)]")]
        [InlineData("[bool('yes')]")]
        [InlineData("[join(createArray('a', 1), ',')]")]
        [InlineData("[flatten(createArray(createArray(1), 2))]")]
        [InlineData("[intersection(createArray(1, resourceGroup().location), createArray(1))]")]
        [InlineData("[min(createArray())]")]
        [InlineData("[padLeft('a', 2000000)]")]
        [InlineData("[padLeft('a', 3, 'xy')]")]
        [InlineData("[array(resourceGroup().location)]")]
        [InlineData("[uri('not a uri', 'x')]")]
        public void What_is_unknown_invalid_or_undocumented_stays_unknown(string expression) =>
            Assert.Equal("?", Show(expression));
    }
}
