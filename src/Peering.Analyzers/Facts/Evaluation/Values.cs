using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Peering.Analyzers.Facts.Evaluation
{
    /// <summary>What the evaluator knows an expression evaluates to. Anything else is unknown (null).</summary>
    internal abstract class Value
    {
        /// <summary>Code the analysis cannot see may now read or change the value: forget what that code may change.</summary>
        public virtual void Escape()
        {
        }
    }

    internal sealed class StringValue : Value
    {
        public StringValue(string text) => Text = text;

        public string Text { get; }
    }

    internal sealed class BoolValue : Value
    {
        public static readonly BoolValue True = new BoolValue(true);
        public static readonly BoolValue False = new BoolValue(false);

        private BoolValue(bool value) => Flag = value;

        public bool Flag { get; }
    }

    /// <summary>The literal <c>null</c>.</summary>
    internal sealed class NullValue : Value
    {
        public static readonly NullValue Instance = new NullValue();
    }

    /// <summary>
    /// What a write the code started gives while the code has not waited for it: a task not awaited yet, or an operation
    /// started with <c>WaitUntil.Started</c>. Awaiting it completes the write; handing it to code the evaluator does not
    /// follow (<c>Task.WhenAll</c>, a field) means the write may be complete at any time from then on; dropping it means
    /// nothing waits for it.
    /// </summary>
    internal sealed class PendingValue : Value
    {
        private readonly Action<bool> settle;

        /// <param name="settle">Told true when the code waits for the write, false when it may have waited for it.</param>
        public PendingValue(Value? result, Action<bool> settle)
        {
            Result = result;
            this.settle = settle;
        }

        /// <summary>What waiting for the write gives: the call's result, or the operation a task of <c>WaitUntil.Started</c> gives.</summary>
        public Value? Result { get; }

        /// <summary>The code waits for the write here.</summary>
        public Value? Complete()
        {
            settle(true);
            return Result;
        }

        public override void Escape()
        {
            settle(false);
            Result?.Escape();
        }
    }

    /// <summary>An array or list built from known elements, so a <c>foreach</c> over it can be followed element by element.</summary>
    internal sealed class SequenceValue : Value
    {
        public SequenceValue(IReadOnlyList<Value?> items) => Items = items;

        public IReadOnlyList<Value?> Items { get; }

        /// <summary>Code the evaluator cannot see may have changed the elements.</summary>
        public bool Escaped { get; private set; }

        public override void Escape()
        {
            if (!Escaped)
            {
                Escaped = true;
                foreach (var item in Items)
                {
                    item?.Escape();
                }
            }
        }
    }

    /// <summary>A tuple literal such as <c>(hub, spoke)</c>.</summary>
    internal sealed class TupleValue : Value
    {
        public TupleValue(IReadOnlyList<Value?> items) => Items = items;

        public IReadOnlyList<Value?> Items { get; }

        public override void Escape()
        {
            foreach (var item in Items)
            {
                item?.Escape();
            }
        }
    }

    /// <summary>An object created in the code whose later changes the evaluator follows.</summary>
    internal abstract class TrackedObject : Value
    {
        protected TrackedObject(int depth, Location declaration)
        {
            Depth = depth;
            Declaration = declaration;
        }

        /// <summary>The control-flow nesting at creation: a write at a deeper nesting may not run, so it makes the fact unknown.</summary>
        public int Depth { get; }

        public Location Declaration { get; }

        /// <summary>Code the evaluator cannot see may have read or changed the object.</summary>
        public bool Escaped { get; protected set; }
    }
}
