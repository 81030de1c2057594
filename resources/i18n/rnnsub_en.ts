<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ControlsPanel</name>
    <message numerus="yes">
        <location filename="../../gui/controls.py" line="101"/>
        <source>{0} iteration(s) per second</source>
        <translation>
            <numerusform>{0} iteration per second</numerusform>
            <numerusform>{0} iterations per second</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/controls.py" line="218"/>
        <source>{0} / {1} iteration(s)</source>
        <translation>
            <numerusform>{0} / {1} iteration</numerusform>
            <numerusform>{0} / {1} iterations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/controls.py" line="235"/>
        <source>Finished: {0} iteration(s).</source>
        <translation>
            <numerusform>Finished: {0} iteration.</numerusform>
            <numerusform>Finished: {0} iterations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HowPanel</name>
    <message numerus="yes">
        <location filename="../../gui/how.py" line="465"/>
        <source>%n state(s)</source>
        <translation>
            <numerusform>%n state</numerusform>
            <numerusform>%n states</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/how.py" line="582"/>
        <source>Longest borrow chain {0} bit(s): {1} of {2} pairs right.</source>
        <translation>
            <numerusform>Longest borrow chain {0} bit: {1} of {2} pairs right.</numerusform>
            <numerusform>Longest borrow chain {0} bits: {1} of {2} pairs right.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsidePanel</name>
    <message numerus="yes">
        <location filename="../../gui/inside.py" line="178"/>
        <source> %n step(s) where it is 0, infinite or not a number are not drawn.</source>
        <translation>
            <numerusform> %n step where it is 0, infinite or not a number is not drawn.</numerusform>
            <numerusform> %n steps where it is 0, infinite or not a number are not drawn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../gui/window.py" line="497"/>
        <source>Saved %n run(s) to {0}; python main.py replay {0} retrains them.</source>
        <translation>
            <numerusform>Saved %n run to {0}; python main.py replay {0} retrains it.</numerusform>
            <numerusform>Saved %n runs to {0}; python main.py replay {0} retrains them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/window.py" line="521"/>
        <source>Opened {0}: %n run(s), drawn over the current one.</source>
        <translation>
            <numerusform>Opened {0}: %n run, drawn over the current one.</numerusform>
            <numerusform>Opened {0}: %n runs, drawn over the current one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/window.py" line="558"/>
        <source>%n bit(s)</source>
        <translation>
            <numerusform>%n bit</numerusform>
            <numerusform>%n bits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/window.py" line="559"/>
        <source>%n hidden unit(s)</source>
        <translation>
            <numerusform>%n hidden unit</numerusform>
            <numerusform>%n hidden units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/window.py" line="560"/>
        <source>{0} iteration(s) trained</source>
        <translation>
            <numerusform>{0} iteration trained</numerusform>
            <numerusform>{0} iterations trained</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/window.py" line="599"/>
        <source>Saved {0} ({1} iteration(s), {2}).</source>
        <translation>
            <numerusform>Saved {0} ({1} iteration, {2}).</numerusform>
            <numerusform>Saved {0} ({1} iterations, {2}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OperandPanel</name>
    <message numerus="yes">
        <location filename="../../gui/operands.py" line="252"/>
        <source>{0} − {1} does not fit in {2} bit(s), so the panel shows their low bits: {3} − {4}.</source>
        <translation>
            <numerusform>{0} − {1} does not fit in {2} bit, so the panel shows their low bits: {3} − {4}.</numerusform>
            <numerusform>{0} − {1} does not fit in {2} bits, so the panel shows their low bits: {3} − {4}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/operands.py" line="335"/>
        <source>&lt;span style=&apos;color:{0}&apos;&gt;✗ No answer:&lt;/span&gt; the network&apos;s output is not a number at %n bit(s); the answer is {1}.</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:{0}&apos;&gt;✗ No answer:&lt;/span&gt; the network&apos;s output is not a number at %n bit; the answer is {1}.</numerusform>
            <numerusform>&lt;span style=&apos;color:{0}&apos;&gt;✗ No answer:&lt;/span&gt; the network&apos;s output is not a number at %n bits; the answer is {1}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/operands.py" line="346"/>
        <source>&lt;span style=&apos;color:{0}&apos;&gt;✗ Wrong:&lt;/span&gt; the network says {1}, the answer is {2} (%n bit(s) wrong).</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:{0}&apos;&gt;✗ Wrong:&lt;/span&gt; the network says {1}, the answer is {2} (%n bit wrong).</numerusform>
            <numerusform>&lt;span style=&apos;color:{0}&apos;&gt;✗ Wrong:&lt;/span&gt; the network says {1}, the answer is {2} (%n bits wrong).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/operands.py" line="507"/>
        <source>A pair it gets wrong: of the {0} pairs checked, {1} is (are) wrong.</source>
        <translation>
            <numerusform>A pair it gets wrong: of the {0} pairs checked, {1} is wrong.</numerusform>
            <numerusform>A pair it gets wrong: of the {0} pairs checked, {1} are wrong.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SweepDialog</name>
    <message numerus="yes">
        <location filename="../../gui/sweep_view.py" line="326"/>
        <source>Training %n model(s)…</source>
        <translation>
            <numerusform>Training %n model…</numerusform>
            <numerusform>Training %n models…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/sweep_view.py" line="409"/>
        <source>Sweep {0}: {1} of %n model(s) reached 100%; {2} of them still get every pair right at the end.</source>
        <translation>
            <numerusform>Sweep {0}: {1} of %n model reached 100%; {2} of them still get every pair right at the end.</numerusform>
            <numerusform>Sweep {0}: {1} of %n models reached 100%; {2} of them still get every pair right at the end.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/sweep_view.py" line="413"/>
        <source>Sweep stopped: {0} of %n model(s) reached 100% at some check; the final accuracy of {1} of them was not measured, because the sweep was stopped before their end.</source>
        <translation>
            <numerusform>Sweep stopped: {0} of %n model reached 100% at some check; the final accuracy of {1} of them was not measured, because the sweep was stopped before their end.</numerusform>
            <numerusform>Sweep stopped: {0} of %n models reached 100% at some check; the final accuracy of {1} of them was not measured, because the sweep was stopped before their end.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/sweep_view.py" line="536"/>
        <source>Model {0} is now in the main window (after {1} iteration(s)).</source>
        <translation>
            <numerusform>Model {0} is now in the main window (after {1} iteration).</numerusform>
            <numerusform>Model {0} is now in the main window (after {1} iterations).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThroughTimePanel</name>
    <message numerus="yes">
        <location filename="../../gui/through_time.py" line="611"/>
        <source>‖∂h&lt;sub&gt;T&lt;/sub&gt;/∂h&lt;sub&gt;t&lt;/sub&gt;‖ is exactly 0 at step(s) {0} (a saturated unit&apos;s slope rounds to 0): not drawn on the log scale.</source>
        <translation>
            <numerusform>‖∂h&lt;sub&gt;T&lt;/sub&gt;/∂h&lt;sub&gt;t&lt;/sub&gt;‖ is exactly 0 at step {0} (a saturated unit&apos;s slope rounds to 0): not drawn on the log scale.</numerusform>
            <numerusform>‖∂h&lt;sub&gt;T&lt;/sub&gt;/∂h&lt;sub&gt;t&lt;/sub&gt;‖ is exactly 0 at steps {0} (a saturated unit&apos;s slope rounds to 0): not drawn on the log scale.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/through_time.py" line="614"/>
        <source>‖∂h&lt;sub&gt;T&lt;/sub&gt;/∂h&lt;sub&gt;t&lt;/sub&gt;‖ is not a number at step(s) {0}: not drawn.</source>
        <translation>
            <numerusform>‖∂h&lt;sub&gt;T&lt;/sub&gt;/∂h&lt;sub&gt;t&lt;/sub&gt;‖ is not a number at step {0}: not drawn.</numerusform>
            <numerusform>‖∂h&lt;sub&gt;T&lt;/sub&gt;/∂h&lt;sub&gt;t&lt;/sub&gt;‖ is not a number at steps {0}: not drawn.</numerusform>
        </translation>
    </message>
</context>
</TS>
