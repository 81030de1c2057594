<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Config</name>
    <message>
        <location filename="../../rnnsub/config.py" line="38"/>
        <source>Cell</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../rnnsub/config.py" line="39"/>
        <source>How the hidden state is computed from the input bits and the previous hidden state. The corrected Elman cell learns; the notebook&apos;s version adds h·Wh outside the sigmoid and never learns: try it to see why.</source>
        <translation>隐藏状态如何由输入位和上一步的隐藏状态计算。修正后的 Elman 单元能学会；笔记本原文的写法把 h·Wh 加在 sigmoid 外面，永远学不会：试试看为什么。</translation>
    </message>
    <message>
        <location filename="../../rnnsub/config.py" line="42"/>
        <source>Corrected Elman: h = σ(x·W0 + h·Wh)</source>
        <translation>修正后的 Elman 单元：h = σ(x·W0 + h·Wh)</translation>
    </message>
    <message>
        <location filename="../../rnnsub/config.py" line="43"/>
        <source>As the notebook writes it: h = σ(x·W0) + h·Wh</source>
        <translation>笔记本原文的写法：h = σ(x·W0) + h·Wh</translation>
    </message>
    <message>
        <location filename="../../rnnsub/config.py" line="45"/>
        <source>Bits</source>
        <translation>位数</translation>
    </message>
    <message>
        <location filename="../../rnnsub/config.py" line="46"/>
        <source>Bits per number. The network reads one bit of A and of B per time step, lowest bit first.</source>
        <translation>每个数的位数。网络每个时间步读入 A 和 B 各一位，从最低位开始。</translation>
    </message>
    <message>
        <location filename="../../rnnsub/config.py" line="50"/>
        <source>Hidden units</source>
        <translation>隐藏单元</translation>
    </message>
    <message>
        <location filename="../../rnnsub/config.py" line="51"/>
        <source>Hidden units: the size of the network&apos;s memory, the hidden state h.</source>
        <translation>隐藏单元：网络记忆（隐藏状态 h）的大小。</translation>
    </message>
    <message>
        <location filename="../../rnnsub/config.py" line="54"/>
        <source>Pairs</source>
        <translation>样本对</translation>
    </message>
    <message>
        <location filename="../../rnnsub/config.py" line="55"/>
        <source>Which subtractions it trains and is tested on. &apos;Any&apos; includes A &lt; B, whose answer wraps around (two&apos;s complement), as a real arithmetic unit computes it.</source>
        <translation>用哪些减法来训练和测试。“任意”包括 A &lt; B，其答案会回绕（二进制补码），与真实的运算器相同。</translation>
    </message>
    <message>
        <location filename="../../rnnsub/config.py" line="57"/>
        <source>A ≥ B (as in the tutorial)</source>
        <translation>A ≥ B（与教程相同）</translation>
    </message>
    <message>
        <location filename="../../rnnsub/config.py" line="58"/>
        <source>Any A, B (answer mod 2^bits, like a CPU)</source>
        <translation>任意 A、B（答案取模 2^位数，与 CPU 相同）</translation>
    </message>
    <message>
        <location filename="../../rnnsub/config.py" line="60"/>
        <source>B range</source>
        <translation>B 的范围</translation>
    </message>
    <message>
        <location filename="../../rnnsub/config.py" line="61"/>
        <source>The range B is drawn from during training (before A and B are swapped).</source>
        <translation>训练时 B 的取值范围（在交换 A 和 B 之前）。</translation>
    </message>
    <message>
        <location filename="../../rnnsub/config.py" line="62"/>
        <source>B up to 2^bits − 1</source>
        <translation>B 最大到 2^位数 − 1</translation>
    </message>
    <message>
        <location filename="../../rnnsub/config.py" line="63"/>
        <source>B below 2^(bits−1) (the revised tutorial)</source>
        <translation>B 小于 2^(位数−1)（教程修订版）</translation>
    </message>
    <message>
        <location filename="../../rnnsub/config.py" line="65"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../rnnsub/config.py" line="66"/>
        <source>Random seed for the starting weights and the training pairs. The same seed gives the same run.</source>
        <translation>初始权重和训练样本的随机种子。种子相同，训练过程就完全相同。</translation>
    </message>
    <message>
        <location filename="../../rnnsub/config.py" line="70"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../rnnsub/config.py" line="71"/>
        <source>How far each update moves the weights: W += learning rate × update. It can be changed while training and applies from the next iteration. Too large and the network saturates or diverges.</source>
        <translation>每次更新让权重移动多远：W += 学习率 × 更新量。训练中也可以修改，从下一次迭代起生效。太大时网络会饱和或发散。</translation>
    </message>
    <message>
        <location filename="../../rnnsub/config.py" line="76"/>
        <source>Batch</source>
        <translation>批量</translation>
    </message>
    <message>
        <location filename="../../rnnsub/config.py" line="77"/>
        <source>Samples whose updates are added up before the weights change once. 1 is the tutorial.</source>
        <translation>每更新一次权重所累加的样本数。教程中为 1。</translation>
    </message>
    <message>
        <location filename="../../rnnsub/config.py" line="80"/>
        <source>Iterations</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <location filename="../../rnnsub/config.py" line="81"/>
        <source>How many weight updates a run trains. After a run finishes, Start trains this many more.</source>
        <translation>一次训练进行多少次权重更新。训练结束后，再按“开始”会继续训练这么多次。</translation>
    </message>
</context>
<context>
    <name>ControlsPanel</name>
    <message>
        <location filename="../../gui/controls.py" line="100"/>
        <source>Full speed</source>
        <translation>全速</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/controls.py" line="101"/>
        <source>{0} iteration(s) per second</source>
        <translation>
            <numerusform>每秒 {0} 次迭代</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="102"/>
        <source>Slow training down to watch each step, or let it run at full speed.</source>
        <translation>放慢训练以观察每一步，或让它全速运行。</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="105"/>
        <source>Network and data</source>
        <translation>网络与数据</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="105"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="103"/>
        <location filename="../../gui/controls.py" line="111"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="117"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="117"/>
        <source>Start or resume training (Space)</source>
        <translation>开始或继续训练（空格键）</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="118"/>
        <location filename="../../gui/controls.py" line="246"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="118"/>
        <source>Pause training (Space)</source>
        <translation>暂停训练（空格键）</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="120"/>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="120"/>
        <source>Train exactly one iteration (one batch), then pause (Ctrl+Right)</source>
        <translation>只训练一次迭代（一个批量），然后暂停（Ctrl+右方向键）</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="122"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="122"/>
        <source>End this run and keep the weights; Start continues from here (Esc)</source>
        <translation>结束本次训练并保留权重；再按“开始”从这里继续（Esc）</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="124"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="124"/>
        <source>New weights from the seed, with the settings above (Ctrl+R)</source>
        <translation>按上面的设置，用随机种子生成新权重（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="211"/>
        <source>Changed settings apply on Reset.</source>
        <translation>修改的设置在重置后生效。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/controls.py" line="218"/>
        <source>{0} / {1} iteration(s)</source>
        <translation>
            <numerusform>{0} / {1} 次迭代</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="221"/>
        <source>{0} samples/s</source>
        <translation>每秒 {0} 个样本</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="223"/>
        <source>{0} left</source>
        <translation>剩余 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="228"/>
        <source>Idle: press Start (Space) to train.</source>
        <translation>空闲：按“开始”（空格键）开始训练。</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="229"/>
        <source>Running…</source>
        <translation>训练中…</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="230"/>
        <source>Pausing after this iteration…</source>
        <translation>本次迭代结束后暂停……</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="231"/>
        <source>Training one iteration…</source>
        <translation>正在训练一次迭代……</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="232"/>
        <source>Stopping after this iteration…</source>
        <translation>本次迭代结束后停止……</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="233"/>
        <source>Paused at iteration {0}.</source>
        <translation>暂停于第 {0} 次迭代。</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="234"/>
        <source>Stopped at iteration {0}. Start continues; Reset starts over.</source>
        <translation>停止于第 {0} 次迭代。“开始”继续，“重置”从头再来。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/controls.py" line="235"/>
        <source>Finished: {0} iteration(s).</source>
        <translation>
            <numerusform>完成：共 {0} 次迭代。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="237"/>
        <source>Diverged at iteration {0}: a weight or the error became infinite or NaN. The last finite weights are kept.</source>
        <translation>在第 {0} 次迭代发散：权重或误差变成了无穷大或 NaN。已保留最后一组有限的权重。</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="239"/>
        <source>Training failed; see the message.</source>
        <translation>训练失败，请查看提示信息。</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="246"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>ErrorPlot</name>
    <message>
        <location filename="../../gui/plot.py" line="144"/>
        <source>error Σ|y − ŷ| per sample</source>
        <translation>每个样本的误差 Σ|y − ŷ|</translation>
    </message>
    <message>
        <location filename="../../gui/plot.py" line="149"/>
        <source>each iteration</source>
        <translation>每次迭代</translation>
    </message>
    <message>
        <location filename="../../gui/plot.py" line="150"/>
        <source>average of the last {0}</source>
        <translation>最近 {0} 次的平均</translation>
    </message>
    <message>
        <location filename="../../gui/plot.py" line="158"/>
        <source>pairs right (%)</source>
        <translation>答对的比例 (%)</translation>
    </message>
    <message>
        <location filename="../../gui/plot.py" line="163"/>
        <source>iteration</source>
        <translation>迭代</translation>
    </message>
    <message>
        <location filename="../../gui/plot.py" line="173"/>
        <source>estimate from a sample (bar: 95% interval)</source>
        <translation>样本估计（竖线：95% 置信区间）</translation>
    </message>
    <message>
        <location filename="../../gui/plot.py" line="179"/>
        <source>Log scale</source>
        <translation>对数坐标</translation>
    </message>
    <message>
        <location filename="../../gui/plot.py" line="180"/>
        <source>Show the error on a logarithmic axis: small errors late in training become visible.</source>
        <translation>用对数坐标显示误差：训练后期的小误差也能看清。</translation>
    </message>
    <message>
        <location filename="../../gui/plot.py" line="182"/>
        <source>Hover over the plot to read values.</source>
        <translation>把鼠标移到图上可读出数值。</translation>
    </message>
    <message>
        <location filename="../../gui/plot.py" line="186"/>
        <source>The iteration and values under the mouse pointer.</source>
        <translation>鼠标所指位置的迭代次数和数值。</translation>
    </message>
    <message>
        <location filename="../../gui/plot.py" line="258"/>
        <source>diverged at iteration {0}</source>
        <translation>在第 {0} 次迭代发散</translation>
    </message>
    <message>
        <location filename="../../gui/plot.py" line="370"/>
        <source>{0} (another run)</source>
        <translation>{0}（另一次运行）</translation>
    </message>
    <message>
        <location filename="../../gui/plot.py" line="380"/>
        <source>iteration {0}: error {1}, average {2}</source>
        <translation>第 {0} 次迭代：误差 {1}，平均 {2}</translation>
    </message>
    <message>
        <location filename="../../gui/plot.py" line="382"/>
        <source>iteration {0}: no error (the model had diverged)</source>
        <translation>第 {0} 次迭代：没有误差（模型已发散）</translation>
    </message>
    <message>
        <location filename="../../gui/plot.py" line="386"/>
        <source>, about {0}% right (at {1}; an estimate from a sample of {2} pairs, 95% interval {3}–{4}%)</source>
        <translation>，约答对 {0}%（第 {1} 次；由 {2} 对的样本估计，95% 置信区间 {3}–{4}%）</translation>
    </message>
    <message>
        <location filename="../../gui/plot.py" line="390"/>
        <source>, right {0}% (at {1})</source>
        <translation>，答对 {0}%（第 {1} 次）</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <location filename="../../gui/messages.py" line="373"/>
        <source>Link Axis:</source>
        <translation>关联坐标轴：</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="374"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Links this axis with another view. When linked, both views will display the same data range.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;把这个坐标轴与另一个视图关联。关联后，两个视图显示相同的数据范围。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="376"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Percent of data to be visible when auto-scaling. It may be useful to decrease this value for data with spiky noise.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;自动缩放时要显示的数据百分比。数据有尖峰噪声时，调小这个值可能有用。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="378"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Automatically resize this axis whenever the displayed data is changed.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;显示的数据改变时，自动调整这个坐标轴的范围。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="380"/>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="381"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Set the range for this axis manually. This disables automatic scaling. &lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;手动设置这个坐标轴的范围。这会关闭自动缩放。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="383"/>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="384"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Minimum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;这个坐标轴显示的最小值。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="385"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Maximum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;这个坐标轴显示的最大值。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="386"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Inverts the display of this axis. (+y points downward instead of upward)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;反转这个坐标轴的显示方向（+y 朝下而不是朝上）。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="388"/>
        <source>Invert Axis</source>
        <translation>反转坐标轴</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="389"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Enables mouse interaction (panning, scaling) for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;允许用鼠标操作这个坐标轴（平移、缩放）。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="391"/>
        <source>Mouse Enabled</source>
        <translation>启用鼠标</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="392"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will only auto-scale to data that is visible along the orthogonal axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;勾选后，这个坐标轴只按另一个坐标轴上可见的数据自动缩放。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="394"/>
        <source>Visible Data Only</source>
        <translation>仅限可见数据</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="395"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will automatically pan to center on the current data, but the scale along this axis will not change.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;勾选后，这个坐标轴会自动平移，使当前数据居中，但不改变它的缩放比例。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="398"/>
        <source>Auto Pan Only</source>
        <translation>仅自动平移</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="406"/>
        <source>Display averages of the curves displayed in this plot. The parameter list allows you to choose parameters to average over (if any are available).</source>
        <translation>显示这张图中各曲线的平均。可以在参数列表中选择按哪些参数求平均（如果有的话）。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="408"/>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="409"/>
        <source>Plot only the portion of each curve that is visible. This assumes X values are uniformly spaced.</source>
        <translation>每条曲线只画出可见的部分。这假定 X 值是等间距的。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="411"/>
        <source>Clip to View</source>
        <translation>裁剪到视图</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="412"/>
        <source>If multiple curves are displayed in this plot, check this box to limit the number of traces that are displayed.</source>
        <translation>如果这张图中显示多条曲线，勾选此项可以限制显示的曲线条数。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="414"/>
        <source>Max Traces:</source>
        <translation>最多曲线数：</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="415"/>
        <source>Downsample</source>
        <translation>降采样</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="416"/>
        <source>Downsample by drawing a saw wave that follows the min and max of the original data. This method produces the best visual representation of the data but is slower.</source>
        <translation>画一条沿着原始数据最小值和最大值的锯齿波来降采样。这种方法显示效果最好，但比较慢。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="419"/>
        <source>Peak</source>
        <translation>峰值</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="420"/>
        <source>If multiple curves are displayed in this plot, check &quot;Max Traces&quot; and set this value to limit the number of traces that are displayed.</source>
        <translation>如果这张图中显示多条曲线，勾选“最多曲线数”并设置这个值，可以限制显示的曲线条数。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="422"/>
        <source>If MaxTraces is checked, remove curves from memory after they are hidden (saves memory, but traces can not be un-hidden).</source>
        <translation>如果勾选了“最多曲线数”，曲线隐藏后就从内存中删除（节省内存，但这些曲线不能再显示）。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="424"/>
        <source>Forget hidden traces</source>
        <translation>丢弃隐藏的曲线</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="425"/>
        <source>Downsample by taking the mean of N samples.</source>
        <translation>取每 N 个样本的平均值来降采样。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="426"/>
        <source>Mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="427"/>
        <source>Downsample by taking the first of N samples. This method is fastest and least accurate.</source>
        <translation>取每 N 个样本中的第一个来降采样。这种方法最快，但最不准确。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="429"/>
        <source>Subsample</source>
        <translation>抽样</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="430"/>
        <source>Automatically downsample data based on the visible range. This assumes X values are uniformly spaced.</source>
        <translation>根据可见范围自动降采样。这假定 X 值是等间距的。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="432"/>
        <source>Downsample data before plotting. (plot every Nth sample)</source>
        <translation>绘图前先降采样（每 N 个样本画一个）。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="433"/>
        <source>Log X</source>
        <translation>对数 X</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="434"/>
        <source>dy/dx</source>
        <translation>dy/dx</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="435"/>
        <source>Y vs. Y&apos;</source>
        <translation>Y 对 Y&apos;</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="436"/>
        <source>Power Spectrum (FFT)</source>
        <translation>功率谱（FFT）</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="437"/>
        <source>Log Y</source>
        <translation>对数 Y</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="438"/>
        <source>Subtract Mean</source>
        <translation>减去平均值</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="439"/>
        <source>Points</source>
        <translation>数据点</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="440"/>
        <source>Show X Grid</source>
        <translation>显示 X 网格</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="441"/>
        <source>Show Y Grid</source>
        <translation>显示 Y 网格</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="442"/>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="443"/>
        <source>Alpha</source>
        <translation>透明度</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="445"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="446"/>
        <source>Item to export:</source>
        <translation>要导出的项目：</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="447"/>
        <source>Export format</source>
        <translation>导出格式</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="448"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="449"/>
        <source>Export options</source>
        <translation>导出选项</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="450"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>GraphicsScene</name>
    <message>
        <location filename="../../gui/messages.py" line="444"/>
        <source>Export...</source>
        <translation>导出...</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../gui/guide.py" line="22"/>
        <source>rnnsub guide</source>
        <translation>rnnsub 指南</translation>
    </message>
</context>
<context>
    <name>HowPanel</name>
    <message>
        <location filename="../../gui/how.py" line="233"/>
        <source>Measure at longer lengths</source>
        <translation>在更长的位数上测量</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="235"/>
        <source>Run these weights on longer numbers than they were trained on.</source>
        <translation>用这组权重计算比训练时更长的数。</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="237"/>
        <source>Try to break it</source>
        <translation>试着难倒它</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="240"/>
        <source>Look for a pair it answers wrongly at every length from 1 to {0} bits: long borrow chains, alternating bits, then random pairs.</source>
        <translation>在 1 到 {0} 位的每种长度上寻找它答错的一对数：先试长借位链和交替的位，再试随机数对。</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="262"/>
        <source>The machine it learned: hidden states clustered into at most {0} states; arrows ab/output bit.</source>
        <translation>它学到的状态机：隐藏状态聚成至多 {0} 个状态；箭头标为 ab/输出位。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/how.py" line="465"/>
        <source>%n state(s)</source>
        <translation>
            <numerusform>%n 个状态</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="554"/>
        <source>Unit {0} tracks the borrow: |r| = {1}; a threshold on it recovers {2}% of borrow bits.</source>
        <translation>单元 {0} 记录着借位：|r| = {1}；对它取一个阈值可以还原 {2}% 的借位。</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="556"/>
        <source>No unit carries the borrow yet. The closest, unit {0}: |r| = {1}; a threshold on it recovers {2}% of borrow bits.</source>
        <translation>还没有哪个单元记住借位。最接近的是单元 {0}：|r| = {1}；对它取一个阈值可以还原 {2}% 的借位。</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="565"/>
        <source>every pair</source>
        <translation>全部数对</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="565"/>
        <source>{0} random pairs</source>
        <translation>{0} 对随机数</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="224"/>
        <source>Longer numbers: % of pairs right at 8 to 128 bits (x) with the same weights, {0} random pairs per length.</source>
        <translation>更长的数：同一组权重在 8 到 128 位（横轴）上答对的比例，每种长度 {0} 对随机数。</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="217"/>
        <source>Click a pair to see it bit by bit on the Operands tab.</source>
        <translation>点击一对数，在“操作数”标签页中逐位查看。</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="248"/>
        <source>Show it in the Operands tab</source>
        <translation>在“操作数”标签页中显示</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="250"/>
        <source>See this pair bit by bit, at its length, on the Operands tab.</source>
        <translation>在“操作数”标签页中按它的位数逐位查看这对数。</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="273"/>
        <source>Find the machine</source>
        <translation>找出状态机</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="276"/>
        <source>Cluster the hidden states and read the transition table between the clusters (then again from newer weights while this tab is shown, at most every {0} s).</source>
        <translation>把隐藏状态聚类，并读出各类之间的转移表（此标签页显示时，之后会用更新的权重重新计算，至多每 {0} 秒一次）。</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="374"/>
        <source>The borrow unit: how closely each hidden unit (x) follows the borrow out of each bit (|Pearson r|).</source>
        <translation>借位单元：每个隐藏单元（横轴）与每一位的借位有多接近（皮尔逊相关系数的绝对值 |r|）。</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="376"/>
        <source>Errors by bit: % right at each bit (x) of the answer, most significant on the left, from the latest full evaluation (none yet: train to see it).</source>
        <translation>按位看错误：答案每一位（横轴，最高位在左）答对的比例，来自最近一次完整评估（还没有：训练后可见）。</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="378"/>
        <source>By borrow chain: % of pairs right by the length (x) of their longest run of borrows (none yet).</source>
        <translation>按借位链看：按最长连续借位的长度（横轴）分组的答对比例（还没有）。</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="440"/>
        <source>Looking for the machine in the weights of iteration {0}…</source>
        <translation>正在第 {0} 次迭代的权重中寻找状态机…</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="453"/>
        <source>No machine of up to {0} states agrees with the network on {1}% of its transitions: the network has not learned a small machine.</source>
        <translation>没有任何至多 {0} 个状态的状态机在 {1}% 的转移上与网络一致：网络没有学到一个小的状态机。</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="459"/>
        <source>borrow</source>
        <translation>借位</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="459"/>
        <source>no borrow</source>
        <translation>无借位</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="461"/>
        <source>state {0}</source>
        <translation>状态 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="466"/>
        <source>{0}; its transitions agree with the network on {1}% of samples</source>
        <translation>{0}；它的转移在 {1}% 的样本上与网络一致</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="469"/>
        <source>{0}; it is the borrow machine.</source>
        <translation>{0}；它就是借位状态机。</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="472"/>
        <source>{0}; it differs from the borrow machine on input {1} (lowest bit first).</source>
        <translation>{0}；它在输入 {1}（最低位在前）上与借位状态机不同。</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="551"/>
        <source>The borrow unit: how closely each hidden unit (x) follows the borrow out of each bit (|Pearson r|, {0} pairs).</source>
        <translation>借位单元：每个隐藏单元（横轴）与每一位的借位有多接近（皮尔逊相关系数的绝对值 |r|，{0} 对数）。</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="567"/>
        <source>Errors by bit: % right at each bit (x) of the answer, most significant on the left (iteration {0}, {1}).</source>
        <translation>按位看错误：答案每一位（横轴，最高位在左）答对的比例（第 {0} 次迭代，{1}）。</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="572"/>
        <source>By borrow chain: % of pairs right by the length (x) of their longest run of borrows (iteration {0}; hover a bar for the counts).</source>
        <translation>按借位链看：按最长连续借位的长度（横轴）分组的答对比例（第 {0} 次迭代；鼠标停在柱上可看数量）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/how.py" line="582"/>
        <source>Longest borrow chain {0} bit(s): {1} of {2} pairs right.</source>
        <translation>
            <numerusform>最长借位链 {0} 位：{2} 对中答对 {1} 对。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="596"/>
        <source>No wrong pair among the {0} pairs it is judged on (iteration {1}).</source>
        <translation>在用来评判它的 {0} 对数中没有答错的（第 {1} 次迭代）。</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="600"/>
        <source>&lt;span style=&apos;color:{0}&apos;&gt;{1}&lt;/span&gt; Pairs it gets wrong at iteration {2} (click one to see it): {3}</source>
        <translation>&lt;span style=&apos;color:{0}&apos;&gt;{1}&lt;/span&gt; 第 {2} 次迭代时它答错的数对（点击查看）：{3}</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="630"/>
        <source>Measuring the weights of iteration {0}…</source>
        <translation>正在测量第 {0} 次迭代的权重…</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="636"/>
        <source>Iteration {0}: {1}.</source>
        <translation>第 {0} 次迭代：{1}。</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="637"/>
        <source>{0} bits {1}%</source>
        <translation>{0} 位 {1}%</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="648"/>
        <source>Looking for a pair it gets wrong, up to {0} bits…</source>
        <translation>正在寻找它答错的一对数，最多 {0} 位…</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="654"/>
        <source>No wrong answer in {0} pairs of 1 to {1} bits.</source>
        <translation>在 1 到 {1} 位的 {0} 对数中没有答错。</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="658"/>
        <source>an answer with bits that are not a number</source>
        <translation>一个含有非数值位的答案</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="661"/>
        <source>Wrong at {0} bits: {1} − {2} = {3}, it answers {4} ({5} pairs tried).</source>
        <translation>在 {0} 位答错：{1} − {2} = {3}，它答 {4}（试了 {5} 对）。</translation>
    </message>
</context>
<context>
    <name>InsidePanel</name>
    <message>
        <location filename="../../gui/inside.py" line="26"/>
        <source>hidden state h&lt;sub&gt;t&lt;/sub&gt;: one column per time step, one row per unit</source>
        <translation>隐藏状态 h&lt;sub&gt;t&lt;/sub&gt;：每列一个时间步，每行一个单元</translation>
    </message>
    <message>
        <location filename="../../gui/inside.py" line="27"/>
        <source>hidden unit</source>
        <translation>隐藏单元</translation>
    </message>
    <message>
        <location filename="../../gui/inside.py" line="38"/>
        <source>output ŷ&lt;sub&gt;t&lt;/sub&gt; (line), true bit (squares), borrow (triangles)</source>
        <translation>输出 ŷ&lt;sub&gt;t&lt;/sub&gt;（折线）、正确位（方块）、借位（三角）</translation>
    </message>
    <message>
        <location filename="../../gui/inside.py" line="51"/>
        <source>‖δh&lt;sub&gt;t&lt;/sub&gt;‖: how much of the error reaches back to step t</source>
        <translation>‖δh&lt;sub&gt;t&lt;/sub&gt;‖：误差反向传回第 t 步的大小</translation>
    </message>
    <message>
        <location filename="../../gui/inside.py" line="58"/>
        <source>max&lt;sub&gt;j&lt;/sub&gt; |h&lt;sub&gt;t&lt;/sub&gt;[j]|: the largest hidden unit at step t (log scale)</source>
        <translation>max&lt;sub&gt;j&lt;/sub&gt; |h&lt;sub&gt;t&lt;/sub&gt;[j]|：第 t 步最大的隐藏单元（对数刻度）</translation>
    </message>
    <message>
        <location filename="../../gui/inside.py" line="70"/>
        <source>time step t = bit position (lowest bit first)</source>
        <translation>时间步 t = 位的位置（从最低位开始）</translation>
    </message>
    <message>
        <location filename="../../gui/inside.py" line="143"/>
        <source> Colour scale: sign(h)·log₁₀(1 + |h|), because |h| reaches {0}: bright = large and positive, dark = large and negative.</source>
        <translation> 颜色刻度：sign(h)·log₁₀(1 + |h|)，因为 |h| 达到了 {0}：亮 = 很大的正值，暗 = 很大的负值。</translation>
    </message>
    <message>
        <location filename="../../gui/inside.py" line="162"/>
        <source>{0} − {1}. At step t the network reads bit t of A and of B.</source>
        <translation>{0} − {1}。在第 t 步，网络读入 A 和 B 的第 t 位。</translation>
    </message>
    <message>
        <location filename="../../gui/inside.py" line="163"/>
        <source> Colours: bright = unit near 1, dark = near 0.</source>
        <translation> 颜色：亮 = 单元接近 1，暗 = 接近 0。</translation>
    </message>
    <message>
        <location filename="../../gui/inside.py" line="174"/>
        <source>The largest hidden unit reaches |h| = {0} (step {1}).</source>
        <translation>最大的隐藏单元达到 |h| = {0}（第 {1} 步）。</translation>
    </message>
    <message>
        <location filename="../../gui/inside.py" line="176"/>
        <source>The hidden state has no finite nonzero unit.</source>
        <translation>隐藏状态中没有有限且非零的单元。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/inside.py" line="178"/>
        <source> %n step(s) where it is 0, infinite or not a number are not drawn.</source>
        <translation>
            <numerusform>有 %n 步的值为 0、无穷大或不是数，没有画出。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/inside.py" line="146"/>
        <source> Units that are not a number are drawn as 0.</source>
        <translation> 不是数（NaN）的单元画作 0。</translation>
    </message>
</context>
<context>
    <name>KnockoutPanel</name>
    <message>
        <location filename="../../gui/knockout.py" line="70"/>
        <source>Hold hidden units at a fixed value (0 knocks a unit out) or change one weight, and see what the trained network still gets right. Training undoes the changes.</source>
        <translation>把隐藏单元固定在某个值（0 即敲除该单元），或者修改一个权重，看训练好的网络还能答对多少。继续训练会撤销这些修改。</translation>
    </message>
    <message>
        <location filename="../../gui/knockout.py" line="78"/>
        <source>pairs right (%)</source>
        <translation>答对的比例 (%)</translation>
    </message>
    <message>
        <location filename="../../gui/knockout.py" line="81"/>
        <source>hidden unit knocked out</source>
        <translation>被敲除的隐藏单元</translation>
    </message>
    <message>
        <location filename="../../gui/knockout.py" line="373"/>
        <source>Importance: the trained network&apos;s accuracy with each unit knocked out alone (click a bar to knock it out)</source>
        <translation>重要性：单独敲除每个单元后训练好的网络的准确率（点击柱条即可敲除该单元）</translation>
    </message>
    <message>
        <location filename="../../gui/knockout.py" line="89"/>
        <source>with the changes</source>
        <translation>修改之后</translation>
    </message>
    <message>
        <location filename="../../gui/knockout.py" line="97"/>
        <source>The hidden unit, counted from 0.</source>
        <translation>隐藏单元的编号，从 0 开始。</translation>
    </message>
    <message>
        <location filename="../../gui/knockout.py" line="101"/>
        <source>The value the unit is held at, at every step from h₀ on. 0 knocks it out; an elman unit&apos;s own values lie between 0 and 1.</source>
        <translation>从 h₀ 起每一步都把该单元固定在这个值。0 即敲除它；elman 单元自己的取值在 0 和 1 之间。</translation>
    </message>
    <message>
        <location filename="../../gui/knockout.py" line="103"/>
        <source>Hold unit</source>
        <translation>固定单元</translation>
    </message>
    <message>
        <location filename="../../gui/knockout.py" line="118"/>
        <source>W0: input → hidden, Wh: hidden → hidden, W1: hidden → output.</source>
        <translation>W0：输入 → 隐藏层，Wh：隐藏层 → 隐藏层，W1：隐藏层 → 输出。</translation>
    </message>
    <message>
        <location filename="../../gui/knockout.py" line="119"/>
        <source>The row: where the connection starts (for W0, 0 is a and 1 is b).</source>
        <translation>行：连接的起点（对 W0，0 是 a，1 是 b）。</translation>
    </message>
    <message>
        <location filename="../../gui/knockout.py" line="120"/>
        <source>The column: where the connection ends.</source>
        <translation>列：连接的终点。</translation>
    </message>
    <message>
        <location filename="../../gui/knockout.py" line="121"/>
        <source>Set weight</source>
        <translation>设置权重</translation>
    </message>
    <message>
        <location filename="../../gui/knockout.py" line="125"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../gui/knockout.py" line="128"/>
        <source>Undo all</source>
        <translation>全部撤销</translation>
    </message>
    <message>
        <location filename="../../gui/knockout.py" line="137"/>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../gui/knockout.py" line="137"/>
        <source>held at</source>
        <translation>固定为</translation>
    </message>
    <message>
        <location filename="../../gui/knockout.py" line="137"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../gui/knockout.py" line="138"/>
        <source>row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../gui/knockout.py" line="138"/>
        <source>column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../gui/knockout.py" line="138"/>
        <source>set to</source>
        <translation>设为</translation>
    </message>
    <message>
        <location filename="../../gui/knockout.py" line="351"/>
        <source>unit {0} knocked out</source>
        <translation>单元 {0} 已敲除</translation>
    </message>
    <message>
        <location filename="../../gui/knockout.py" line="352"/>
        <source>unit {0} held at {1}</source>
        <translation>单元 {0} 固定为 {1}</translation>
    </message>
    <message>
        <location filename="../../gui/knockout.py" line="354"/>
        <source>{0}[{1}, {2}] set to {3}</source>
        <translation>{0}[{1}, {2}] 设为 {3}</translation>
    </message>
    <message>
        <location filename="../../gui/knockout.py" line="355"/>
        <source>no changes</source>
        <translation>没有修改</translation>
    </message>
    <message>
        <location filename="../../gui/knockout.py" line="357"/>
        <source>Training is running: pause or stop it to experiment.</source>
        <translation>正在训练：请先暂停或停止，再做实验。</translation>
    </message>
    <message>
        <location filename="../../gui/knockout.py" line="359"/>
        <source>Changes: {0}. Measuring…</source>
        <translation>修改：{0}。正在测量……</translation>
    </message>
    <message>
        <location filename="../../gui/knockout.py" line="362"/>
        <source>Changes: {0}. {1} of {2} pairs right ({3}%). Importance: unit {4} of {5}…</source>
        <translation>修改：{0}。{2} 对中答对 {1} 对（{3}%）。重要性：第 {4} 个单元，共 {5} 个……</translation>
    </message>
    <message>
        <location filename="../../gui/knockout.py" line="367"/>
        <source>Changes: {0}. {1} of {2} pairs right ({3}%); as trained: {4}%.</source>
        <translation>修改：{0}。{2} 对中答对 {1} 对（{3}%）；训练后的原网络：{4}%。</translation>
    </message>
    <message>
        <location filename="../../gui/knockout.py" line="376"/>
        <source>, estimated from {0} pairs</source>
        <translation>，由 {0} 对数估计</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <location filename="../../gui/lessons.py" line="145"/>
        <source>End lesson</source>
        <translation>结束课程</translation>
    </message>
    <message>
        <location filename="../../gui/lessons.py" line="147"/>
        <source>Show and unlock every control again; the settings stay as they are.</source>
        <translation>重新显示并解锁所有控件；设置保持不变。</translation>
    </message>
    <message>
        <location filename="../../gui/lessons.py" line="180"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../gui/lessons.py" line="184"/>
        <source>What to look for</source>
        <translation>要观察什么</translation>
    </message>
    <message>
        <location filename="../../gui/lessons.py" line="187"/>
        <source>Fixed by this lesson: {0}.</source>
        <translation>本课程固定的设置：{0}。</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <location filename="../../gui/lessons.py" line="67"/>
        <source>{0} does not exist.</source>
        <translation>{0} 不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/lessons.py" line="68"/>
        <source>{0} is a folder, not a lesson file.</source>
        <translation>{0} 是一个文件夹，不是课程文件。</translation>
    </message>
    <message>
        <location filename="../../gui/lessons.py" line="69"/>
        <source>{0} is not a regular file, so it cannot be a lesson.</source>
        <translation>{0} 不是普通文件，所以不可能是课程。</translation>
    </message>
    <message>
        <location filename="../../gui/lessons.py" line="70"/>
        <source>{0} cannot be read ({1}).</source>
        <translation>无法读取 {0}（{1}）。</translation>
    </message>
    <message>
        <location filename="../../gui/lessons.py" line="71"/>
        <source>{0} is not a lesson: it is {1} bytes, and a lesson file is at most {2}.</source>
        <translation>{0} 不是课程：它有 {1} 字节，而课程文件最多 {2} 字节。</translation>
    </message>
    <message>
        <location filename="../../gui/lessons.py" line="73"/>
        <source>{0} is empty.</source>
        <translation>{0} 是空的。</translation>
    </message>
    <message>
        <location filename="../../gui/lessons.py" line="74"/>
        <source>{0} is not a lesson: line {1} is not UTF-8 text.</source>
        <translation>{0} 不是课程：第 {1} 行不是 UTF-8 文本。</translation>
    </message>
    <message>
        <location filename="../../gui/lessons.py" line="75"/>
        <source>{0} is not a lesson: line {1} holds binary data.</source>
        <translation>{0} 不是课程：第 {1} 行含有二进制数据。</translation>
    </message>
    <message>
        <location filename="../../gui/lessons.py" line="76"/>
        <source>{0} is not valid TOML: line {1}: {2}.</source>
        <translation>{0} 不是有效的 TOML：第 {1} 行有语法错误（TOML 解析器的原话：{2}）。</translation>
    </message>
    <message>
        <location filename="../../gui/lessons.py" line="77"/>
        <source>{0}: “{1}” is not a key a lesson knows (check its spelling).</source>
        <translation>{0}：“{1}”不是课程能识别的键（请检查拼写）。</translation>
    </message>
    <message>
        <location filename="../../gui/lessons.py" line="79"/>
        <source>{0}: {1} must be {2}, not {3}.</source>
        <translation>{0}：{1} 必须是{2}，不能是{3}。</translation>
    </message>
    <message>
        <location filename="../../gui/lessons.py" line="81"/>
        <source>{0}: actions.sweep.{1} is empty: give at least one value.</source>
        <translation>{0}：actions.sweep.{1} 为空：请至少给出一个值。</translation>
    </message>
    <message>
        <location filename="../../gui/lessons.py" line="83"/>
        <source>{0}: actions.sweep asks for {1} models; a sweep trains at most {2}.</source>
        <translation>{0}：actions.sweep 要求 {1} 个模型；一次扫描最多训练 {2} 个。</translation>
    </message>
    <message>
        <location filename="../../gui/lessons.py" line="85"/>
        <source>{0}: {1} is missing or empty (a lesson needs a title, a question, steps and what to look for, in English or Chinese).</source>
        <translation>{0}：{1} 缺失或为空（课程需要用英文或中文写出标题、问题、步骤和要观察的内容）。</translation>
    </message>
    <message>
        <location filename="../../gui/lessons.py" line="87"/>
        <source>{0}: controls.{1} names “{2}”, which is not a setting.</source>
        <translation>{0}：controls.{1} 中的“{2}”不是一个设置。</translation>
    </message>
    <message>
        <location filename="../../gui/lessons.py" line="89"/>
        <source>{0}: there is no tab “{1}” (tabs: {2}).</source>
        <translation>{0}：没有名为“{1}”的标签页（标签页：{2}）。</translation>
    </message>
    <message>
        <location filename="../../gui/lessons.py" line="91"/>
        <source>{0}: the speed must be 0 (full speed) or 1 to {1} iterations per second, not {2}.</source>
        <translation>{0}：速度必须是 0（全速）或每秒 1 到 {1} 次迭代，不能是 {2}。</translation>
    </message>
    <message>
        <location filename="../../gui/lessons.py" line="93"/>
        <source>{0}: the operands must be two whole numbers that fit in {1} bits, not {2}.</source>
        <translation>{0}：操作数必须是两个能放进 {1} 位的整数，不能是 {2}。</translation>
    </message>
    <message>
        <location filename="../../gui/lessons.py" line="95"/>
        <source>{0}: operand_bits must be 1 to {1}, not {2}.</source>
        <translation>{0}：operand_bits 必须是 1 到 {1}，不能是 {2}。</translation>
    </message>
    <message>
        <location filename="../../gui/lessons.py" line="97"/>
        <source>{0}: {1} is longer than {2} characters.</source>
        <translation>{0}：{1} 超过了 {2} 个字符。</translation>
    </message>
    <message>
        <location filename="../../gui/lessons.py" line="99"/>
        <source>{0}: {1} has more than {2} steps.</source>
        <translation>{0}：{1} 超过了 {2} 个步骤。</translation>
    </message>
    <message>
        <location filename="../../gui/lessons.py" line="101"/>
        <source>{0}: format {1} is not one this program reads ({2}).</source>
        <translation>{0}：格式 {1} 不是本程序能读取的版本（{2}）。</translation>
    </message>
    <message>
        <location filename="../../gui/lessons.py" line="114"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../gui/lessons.py" line="226"/>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../../gui/lessons.py" line="247"/>
        <source>&amp;Open lesson file…</source>
        <translation>打开课程文件(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/lessons.py" line="252"/>
        <source>&amp;End lesson</source>
        <translation>结束课程(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/lessons.py" line="260"/>
        <source>Open lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <location filename="../../gui/lessons.py" line="260"/>
        <source>rnnsub lessons (*.lesson)</source>
        <translation>rnnsub 课程 (*.lesson)</translation>
    </message>
    <message>
        <location filename="../../gui/lessons.py" line="269"/>
        <source>Cannot open the lesson</source>
        <translation>无法打开课程</translation>
    </message>
    <message>
        <location filename="../../gui/lessons.py" line="301"/>
        <source>Lesson “{0}”: its steps are in the panel on the right.</source>
        <translation>课程“{0}”：步骤在右侧的面板中。</translation>
    </message>
    <message>
        <location filename="../../gui/lessons.py" line="364"/>
        <source>Lesson ended: every control is back.</source>
        <translation>课程已结束：所有控件都已恢复。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/window.py" line="151"/>
        <source>rnnsub — an RNN learns to subtract</source>
        <translation>rnnsub — 循环神经网络学做减法</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="176"/>
        <source>Operands</source>
        <translation>操作数</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="177"/>
        <source>Inside the network</source>
        <translation>网络内部</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="179"/>
        <source>The hidden state, the output and the gradient at each time step, for the pair on the Operands tab.</source>
        <translation>“操作数”页上那一对数在每个时间步的隐藏状态、输出和梯度。</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="181"/>
        <source>How it subtracts</source>
        <translation>它如何做减法</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="183"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="184"/>
        <source>W0, Wh and W1 as heatmaps on one colour scale, live.</source>
        <translation>W0、Wh 和 W1 的热图，使用同一个颜色刻度，实时更新。</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="186"/>
        <source>Runs</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="188"/>
        <source>Every run of this session: compare them on the plots, run one again with a setting changed, save them.</source>
        <translation>本次会话的每一次运行：在图上比较它们，改一个设置再运行一次，或者把它们保存下来。</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="190"/>
        <source>Knock out</source>
        <translation>敲除</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="192"/>
        <source>Hold hidden units at a value or change a weight of the trained network, and see what it still gets right.</source>
        <translation>把训练好的网络的隐藏单元固定在某个值，或修改一个权重，看它还能答对多少。</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="193"/>
        <source>Which unit carries the borrow, where the errors are, and how far the network carries what it learned to longer numbers.</source>
        <translation>哪个单元记住借位，错误出在哪里，以及网络学到的能推广到多长的数。</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="196"/>
        <source>Step by step</source>
        <translation>逐步反向传播</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="198"/>
        <source>Backpropagation through time for the pair on the Operands tab, one step at a time, and the cell&apos;s equation with its numbers.</source>
        <translation>对“操作数”标签页中的那对数，一步一步地做随时间反向传播（BPTT），并给出单元方程及其中的数值。</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="232"/>
        <source>Some remembered settings could not be used; they are back to their defaults.</source>
        <translation>有些记住的设置不可用，已恢复为默认值。</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="234"/>
        <source>Remembered settings</source>
        <translation>记住的设置</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="239"/>
        <source>Ready. Press Space to start training.</source>
        <translation>就绪。按空格键开始训练。</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="242"/>
        <source>New here? Read &lt;a href=&apos;guide&apos;&gt;Help → Guide&lt;/a&gt; or try a &lt;a href=&apos;lessons&apos;&gt;lesson&lt;/a&gt;.</source>
        <translation>第一次使用？请阅读&lt;a href=&apos;guide&apos;&gt;帮助 → 指南&lt;/a&gt;，或者试试一节&lt;a href=&apos;lessons&apos;&gt;课程&lt;/a&gt;。</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="288"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="303"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="304"/>
        <source>&amp;Open model…</source>
        <translation>打开模型(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="305"/>
        <source>&amp;Save model…</source>
        <translation>保存模型(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="307"/>
        <source>Open e&amp;xperiment…</source>
        <translation>打开实验(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="308"/>
        <source>Save ex&amp;periment…</source>
        <translation>保存实验(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="310"/>
        <source>Export error &amp;CSV…</source>
        <translation>导出误差 &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="311"/>
        <source>Export plot &amp;PNG…</source>
        <translation>导出图像 &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="313"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="314"/>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="315"/>
        <source>Start / Pause / Resume</source>
        <translation>开始 / 暂停 / 继续</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="316"/>
        <source>Step one iteration</source>
        <translation>单步迭代一次</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="317"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="318"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="320"/>
        <source>S&amp;weep: many models side by side…</source>
        <translation>批量对比(&amp;W)：多个模型并排训练…</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="321"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="322"/>
        <source>&amp;Restore defaults</source>
        <translation>恢复默认设置(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="323"/>
        <source>L&amp;essons</source>
        <translation>课程(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="326"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="333"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="334"/>
        <source>&amp;Guide</source>
        <translation>指南(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="335"/>
        <source>&amp;About rnnsub</source>
        <translation>关于 rnnsub(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="420"/>
        <source>Iteration {0}: about {1}% right (95% interval {2}–{3}%), an estimate from a sample of {4} pairs.</source>
        <translation>第 {0} 次迭代：约答对 {1}%（95% 置信区间 {2}–{3}%），由 {4} 对的样本估计。</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="424"/>
        <source>Iteration {0}: {1} of {2} pairs right ({3}%){4}.</source>
        <translation>第 {0} 次迭代：{2} 对中答对 {1} 对（{3}%）{4}。</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="429"/>
        <source>, a fixed random sample</source>
        <translation>，固定的随机样本</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="441"/>
        <source>Every view shows the network with the Knock out tab&apos;s changes; Undo all there gives it back.</source>
        <translation>每个视图显示的都是带有“敲除”标签页中修改的网络；在那里按“全部撤销”即可恢复。</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="442"/>
        <source>Every view shows the network as trained.</source>
        <translation>每个视图显示的都是训练得到的网络。</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="477"/>
        <source>A new run from the same start as run {0}.</source>
        <translation>从与运行 {0} 相同的起点开始的新运行。</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="486"/>
        <source>Save experiment</source>
        <translation>保存实验</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="487"/>
        <location filename="../../gui/window.py" line="504"/>
        <source>rnnsub experiments (*.npz)</source>
        <translation>rnnsub 实验 (*.npz)</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="494"/>
        <source>Cannot save the experiment</source>
        <translation>无法保存实验</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/window.py" line="497"/>
        <source>Saved %n run(s) to {0}; python main.py replay {0} retrains them.</source>
        <translation>
            <numerusform>已把 %n 次运行保存到 {0}；python main.py replay {0} 可以重新训练它们。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/window.py" line="521"/>
        <source>Opened {0}: %n run(s), drawn over the current one.</source>
        <translation>
            <numerusform>已打开 {0}：%n 次运行，叠加画在当前运行上。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="557"/>
        <source>Opened {0}: {1}, {2}, {3}, {4}.</source>
        <translation>已打开 {0}：{1}，{2}，{3}，{4}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/window.py" line="558"/>
        <source>%n bit(s)</source>
        <translation>
            <numerusform>%n 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/window.py" line="559"/>
        <source>%n hidden unit(s)</source>
        <translation>
            <numerusform>%n 个隐藏单元</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="503"/>
        <source>Open experiment</source>
        <translation>打开实验</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="510"/>
        <source>Cannot open the experiment</source>
        <translation>无法打开实验</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="543"/>
        <source>Open model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="543"/>
        <location filename="../../gui/window.py" line="584"/>
        <source>rnnsub models (*.npz)</source>
        <translation>rnnsub 模型 (*.npz)</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="552"/>
        <source>Cannot open the model</source>
        <translation>无法打开模型</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/window.py" line="560"/>
        <source>{0} iteration(s) trained</source>
        <translation>
            <numerusform>已训练 {0} 次迭代</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="584"/>
        <source>Save model</source>
        <translation>保存模型</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="594"/>
        <source>Cannot save the model</source>
        <translation>无法保存模型</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="597"/>
        <source>{0}% right</source>
        <translation>答对 {0}%</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="598"/>
        <source>accuracy not measured</source>
        <translation>未测准确率</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/window.py" line="599"/>
        <source>Saved {0} ({1} iteration(s), {2}).</source>
        <translation>
            <numerusform>已保存 {0}（{1} 次迭代，{2}）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="603"/>
        <source>Export error curves</source>
        <translation>导出误差曲线</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="603"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="606"/>
        <source>Export plot</source>
        <translation>导出图像</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="606"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="619"/>
        <source>Saved {0}.</source>
        <translation>已保存 {0}。</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="632"/>
        <source>Every setting is back to its default.</source>
        <translation>所有设置都已恢复为默认值。</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="633"/>
        <source>Every setting is back to the lesson&apos;s.</source>
        <translation>所有设置都已恢复为本课程的设置。</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="639"/>
        <source>rnnsub will use {0} the next time it starts.</source>
        <translation>rnnsub 下次启动时将使用{0}。</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="672"/>
        <source>About rnnsub</source>
        <translation>关于 rnnsub</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="676"/>
        <source>&lt;h3&gt;rnnsub&lt;/h3&gt;&lt;p&gt;A small recurrent neural network, written from scratch in numpy, learns to subtract binary numbers with borrow. It reads the bits of A and B one pair per time step, lowest bit first, and answers one bit of A − B per step. To get it right it must remember whether it borrowed.&lt;/p&gt;&lt;p&gt;It follows the tutorial &lt;i&gt;{0}&lt;/i&gt;. Its equations:&lt;/p&gt;&lt;p style=&apos;font-family: monospace&apos;&gt;h&lt;sub&gt;t&lt;/sub&gt; = σ(x&lt;sub&gt;t&lt;/sub&gt;·W0 + h&lt;sub&gt;t−1&lt;/sub&gt;·Wh)&lt;br&gt;ŷ&lt;sub&gt;t&lt;/sub&gt; = σ(h&lt;sub&gt;t&lt;/sub&gt;·W1)&lt;/p&gt;&lt;p&gt;The tutorial writes the first line as h&lt;sub&gt;t&lt;/sub&gt; = σ(x&lt;sub&gt;t&lt;/sub&gt;·W0) + h&lt;sub&gt;t−1&lt;/sub&gt;·Wh: the memory is added outside the sigmoid, grows without bound, and the network does not learn (about 0.2% of pairs right after 10,000 iterations). Choose that cell to see it fail.&lt;/p&gt;&lt;p&gt;Training is the tutorial&apos;s: backpropagation through time on ½Σ(y−ŷ)², one sample per update, learning rate 0.9. With the same seed it reproduces the tutorial&apos;s numbers exactly.&lt;/p&gt;&lt;p&gt;Space starts and pauses, Ctrl+Right steps, Esc stops, Ctrl+R resets.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;rnnsub&lt;/h3&gt;&lt;p&gt;一个用 numpy 从零写成的小型循环神经网络，学习带借位的二进制减法（退位减法器）。它每个时间步读入 A 和 B 的一位，从最低位开始，每步输出 A − B 的一位。要答对，它必须记住是否借过位。&lt;/p&gt;&lt;p&gt;本程序依照教程&lt;i&gt;{0}&lt;/i&gt;。其公式为：&lt;/p&gt;&lt;p style=&apos;font-family: monospace&apos;&gt;h&lt;sub&gt;t&lt;/sub&gt; = σ(x&lt;sub&gt;t&lt;/sub&gt;·W0 + h&lt;sub&gt;t−1&lt;/sub&gt;·Wh)&lt;br&gt;ŷ&lt;sub&gt;t&lt;/sub&gt; = σ(h&lt;sub&gt;t&lt;/sub&gt;·W1)&lt;/p&gt;&lt;p&gt;教程原文把第一行写成 h&lt;sub&gt;t&lt;/sub&gt; = σ(x&lt;sub&gt;t&lt;/sub&gt;·W0) + h&lt;sub&gt;t−1&lt;/sub&gt;·Wh：记忆加在 sigmoid 外面，会无限增长，网络学不会（10,000 次迭代后只答对约 0.2% 的数对）。选择这个单元可以看到它失败。&lt;/p&gt;&lt;p&gt;训练方法与教程相同：对 ½Σ(y−ŷ)² 做随时间反向传播，每个样本更新一次，学习率 0.9。随机种子相同时，结果与教程的数字完全一致。&lt;/p&gt;&lt;p&gt;空格键开始和暂停，Ctrl+右方向键单步，Esc 停止，Ctrl+R 重置。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../gui/messages.py" line="112"/>
        <source>{0} must be a whole number from {1} to {2}, not {3}.</source>
        <translation>{0} 必须是 {1} 到 {2} 之间的整数，不能是 {3}。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="113"/>
        <source>{0} must be a number from {1} to {2}, not {3}.</source>
        <translation>{0} 必须是 {1} 到 {2} 之间的数，不能是 {3}。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="120"/>
        <source>{0} cannot be “{1}”: choose one of {2}.</source>
        <translation>{0} 不能是“{1}”：请从 {2} 中选择。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="122"/>
        <source>A sweep trains 1 to {0} models; this one asks for {1}.</source>
        <translation>一次扫描训练 1 到 {0} 个模型；这次要求 {1} 个。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="124"/>
        <source>Seeds: “{0}” is not a seed or a range such as 0-31.</source>
        <translation>随机种子：“{0}”不是种子，也不是 0-31 这样的范围。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="127"/>
        <source>Seeds: the range {0}-{1} is empty; write the smaller seed first.</source>
        <translation>随机种子：范围 {0}-{1} 是空的；请把较小的种子写在前面。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="129"/>
        <source>Seeds: give at least one seed, such as 0-31.</source>
        <translation>随机种子：请至少给出一个种子，例如 0-31。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="130"/>
        <source>Choose at least one cell.</source>
        <translation>请至少选择一种单元。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="131"/>
        <source>{0}: give at least one value.</source>
        <translation>{0}：请至少给出一个值。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="133"/>
        <source>{0}: a value is missing in “{1}” (two separators in a row, or one at the end).</source>
        <translation>{0}：“{1}”中缺了一个值（两个分隔符相连，或末尾多了分隔符）。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="136"/>
        <source>{0}: “{1}” is not a whole number (separate values with spaces or &apos;;&apos;).</source>
        <translation>{0}：“{1}”不是整数（各值之间用空格或“;”分隔）。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="138"/>
        <source>{0}: “{1}” is not a number (separate values with spaces or &apos;;&apos;).</source>
        <translation>{0}：“{1}”不是数（各值之间用空格或“;”分隔）。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="140"/>
        <source>{0} is empty: type a number such as 42, 0b101010 or 0x2a.</source>
        <translation>{0} 为空：请输入一个数，例如 42、0b101010 或 0x2a。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="142"/>
        <source>{0} is negative: only 0 to {1} are allowed.</source>
        <translation>{0} 是负数：只允许 0 到 {1}。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="170"/>
        <source>the model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="171"/>
        <source>the experiment</source>
        <translation>实验</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="172"/>
        <source>the curves</source>
        <translation>曲线</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="173"/>
        <source>the plot</source>
        <translation>图像</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="183"/>
        <source>No such file or directory</source>
        <translation>没有这个文件或文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="184"/>
        <source>Permission denied</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="185"/>
        <source>Operation not permitted</source>
        <translation>不允许此操作</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="186"/>
        <source>Read-only file system</source>
        <translation>文件系统是只读的</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="187"/>
        <source>No space left on device</source>
        <translation>磁盘空间不足</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="188"/>
        <source>Disk quota exceeded</source>
        <translation>超出磁盘配额</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="189"/>
        <source>Is a directory</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="190"/>
        <source>Not a directory</source>
        <translation>路径中有一部分不是文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="191"/>
        <source>File name too long</source>
        <translation>文件名太长</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="192"/>
        <source>Input/output error</source>
        <translation>输入/输出错误</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="209"/>
        <source>{0} bytes</source>
        <translation>{0} 字节</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="228"/>
        <source>{0} is not an rnnsub model: {1}.</source>
        <translation>{0} 不是 rnnsub 模型：{1}。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="229"/>
        <source>{0} is not a usable rnnsub model: {1}.</source>
        <translation>{0} 不是可用的 rnnsub 模型：{1}。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="230"/>
        <source>{0} is not an rnnsub experiment: {1}.</source>
        <translation>{0} 不是 rnnsub 实验：{1}。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="231"/>
        <source>{0} is not a usable rnnsub experiment: {1}.</source>
        <translation>{0} 不是可用的 rnnsub 实验：{1}。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="236"/>
        <source>its meta is not text</source>
        <translation>它的 meta 不是文本</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="237"/>
        <source>its meta is not JSON this program can read</source>
        <translation>它的 meta 不是本程序能读取的 JSON</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="238"/>
        <source>its meta is not the description this program writes</source>
        <translation>它的 meta 不是本程序写出的那种描述</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="239"/>
        <source>its format version {0} is not one this program reads ({1})</source>
        <translation>它的格式版本 {0} 不是本程序能读取的版本（{1}）</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="241"/>
        <source>its meta lacks “{0}”</source>
        <translation>它的 meta 缺少“{0}”</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="242"/>
        <source>the settings it records are wrong: {0}</source>
        <translation>它记录的设置有误：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="245"/>
        <source>the iterations it records must be a whole number from 0 to {0}, not {1}</source>
        <translation>它记录的迭代次数必须是 0 到 {0} 之间的整数，不能是 {1}</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="248"/>
        <source>the accuracy it records must be a fraction from 0 to 1 or none, not {0}</source>
        <translation>它记录的准确率必须是 0 到 1 之间的小数或空值，不能是 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="250"/>
        <source>its list of runs is missing, empty or too long</source>
        <translation>它的运行列表缺失、为空或太长</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="251"/>
        <source>the record of run {0} is wrong at “{1}”</source>
        <translation>运行 {0} 的记录在“{1}”处有误</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="255"/>
        <source>{0} contains NaN or infinite values</source>
        <translation>{0} 含有 NaN 或无穷大的值</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="256"/>
        <source>{0} holds {1} values; weights are floating-point numbers of at most 64 bits</source>
        <translation>{0} 存的是 {1} 类型的值；权重必须是最多 64 位的浮点数</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="258"/>
        <source>{0} has shape {1}, not {2}</source>
        <translation>{0} 的形状是 {1}，而不是 {2}</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="260"/>
        <source>{0} holds values no curve has</source>
        <translation>{0} 中的值不可能来自一条曲线</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="266"/>
        <source>it holds too many zip entries</source>
        <translation>它包含的 zip 条目太多</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="268"/>
        <source>it holds nothing instead of {0}</source>
        <translation>它是空的，应当包含 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="269"/>
        <source>it holds {0} instead of {1}</source>
        <translation>它包含的是 {0}，而不是 {1}</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="274"/>
        <source>it is {0}, and such a file is never more than {1}</source>
        <translation>它有 {0}，而这种文件最多只有 {1}</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="276"/>
        <source>it is empty</source>
        <translation>它是空的</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="277"/>
        <source>it is not a zip archive (an .npz file is one)</source>
        <translation>它不是 zip 压缩包（.npz 文件是 zip 压缩包）</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="278"/>
        <source>it holds a single array</source>
        <translation>它只包含一个数组</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="279"/>
        <source>it is an rnnsub experiment (open it in the window, or retrain its runs with main.py replay)</source>
        <translation>它是一个 rnnsub 实验（请在窗口中打开它，或用 main.py replay 重新训练其中的运行）</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="283"/>
        <source>{0} would unpack to {1}, and in such a file it is at most {2}</source>
        <translation>{0} 解压后有 {1}，而这种文件中它最多只有 {2}</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="285"/>
        <source>{0} is encrypted</source>
        <translation>{0} 是加密的</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="287"/>
        <source>{0} is compressed with a method this program does not read (zip method {1})</source>
        <translation>{0} 使用了本程序不能读取的压缩方法（zip 方法 {1}）</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="289"/>
        <source>{0} is not a .npy array</source>
        <translation>{0} 不是 .npy 数组</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="290"/>
        <source>{0} holds pickled Python objects, which are never loaded</source>
        <translation>{0} 包含 pickle 序列化的 Python 对象，本程序从不加载这种对象</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="292"/>
        <source>{0} is {1}, but its header describes {2}</source>
        <translation>{0} 有 {1}，但它的文件头描述的是 {2}</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="294"/>
        <source>it is damaged or cut short</source>
        <translation>它已损坏或不完整</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="300"/>
        <source>{0} does not exist.</source>
        <translation>{0} 不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="301"/>
        <source>{0} cannot be read (permission denied).</source>
        <translation>无法读取 {0}（没有权限）。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="302"/>
        <source>{0} cannot be read ({1}).</source>
        <translation>无法读取 {0}（{1}）。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="303"/>
        <source>{0} is a folder, not a model file.</source>
        <translation>{0} 是一个文件夹，不是模型文件。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="304"/>
        <source>{0} is a folder, not an experiment file.</source>
        <translation>{0} 是一个文件夹，不是实验文件。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="307"/>
        <source>{0} is not a regular file, so it cannot be a model file.</source>
        <translation>{0} 不是普通文件，所以不可能是模型文件。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="308"/>
        <source>{0} is not a regular file, so it cannot be an experiment file.</source>
        <translation>{0} 不是普通文件，所以不可能是实验文件。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="323"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="324"/>
        <source>a whole number</source>
        <translation>一个整数</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="325"/>
        <source>a number</source>
        <translation>一个数</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="326"/>
        <source>a list</source>
        <translation>一个列表</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="327"/>
        <source>a table</source>
        <translation>一个表</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="328"/>
        <source>true/false</source>
        <translation>真/假（true/false）</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="329"/>
        <source>a date or time</source>
        <translation>日期或时间</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="148"/>
        <source>{0} = {1} is not a whole number.</source>
        <translation>{0} = {1} 不是整数。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="43"/>
        <source>{0} cell</source>
        <translation>{0} 单元</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="44"/>
        <source>bits {0}</source>
        <translation>位数 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="45"/>
        <source>hidden {0}</source>
        <translation>隐藏单元 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="46"/>
        <source>pairs {0}</source>
        <translation>样本对 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="47"/>
        <source>b range {0}</source>
        <translation>B 的范围 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="48"/>
        <source>seed {0}</source>
        <translation>种子 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="49"/>
        <source>lr {0}</source>
        <translation>学习率 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="50"/>
        <source>batch {0}</source>
        <translation>批量 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="53"/>
        <source>ordered</source>
        <translation>A ≥ B</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="54"/>
        <source>all</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="55"/>
        <source>full</source>
        <translation>全范围</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="56"/>
        <source>half</source>
        <translation>半范围</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="77"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="78"/>
        <source>run {0}</source>
        <translation>运行 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="145"/>
        <source>{0} = {1} does not fit in {2} bits (0 to {3}).</source>
        <translation>{0} = {1} 超出了 {2} 位的范围（0 到 {3}）。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="146"/>
        <source>{0} = {1} does not fit in 1 bit (0 or 1).</source>
        <translation>{0} = {1} 超出了 1 位的范围（只能是 0 或 1）。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="150"/>
        <source>{0} = “{1}” is not a number: use decimal (42), binary (0b101010) or hex (0x2a).</source>
        <translation>{0} = “{1}” 不是数：请用十进制（42）、二进制（0b101010）或十六进制（0x2a）。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="152"/>
        <source>Cannot save {0} to {1}: {2}.</source>
        <translation>无法把 {0} 保存到 {1}：{2}。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="155"/>
        <source>Run {0} changed its learning rate more often than an experiment file records ({1} changes at most).</source>
        <translation>运行 {0} 修改学习率的次数超过了实验文件能记录的上限（最多 {1} 次）。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="157"/>
        <source>There is no hidden unit {0}: this model&apos;s units are 0 to {1}.</source>
        <translation>没有隐藏单元 {0}：这个模型的单元编号是 0 到 {1}。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="159"/>
        <source>A unit can only be held at a finite number, not {0}.</source>
        <translation>单元只能固定在一个有限的数上，不能是 {0}。</translation>
    </message>
</context>
<context>
    <name>OperandPanel</name>
    <message>
        <location filename="../../gui/operands.py" line="82"/>
        <source>Operand {0}: decimal (200), binary (0b11001000) or hexadecimal (0xc8).</source>
        <translation>操作数 {0}：十进制（200）、二进制（0b11001000）或十六进制（0xc8）。</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="84"/>
        <source>Operand {0}</source>
        <translation>操作数 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="93"/>
        <location filename="../../gui/operands.py" line="95"/>
        <source>Bits shown</source>
        <translation>显示位数</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="97"/>
        <source>Random pair</source>
        <translation>随机一对</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="99"/>
        <source>Pick A and B at random from the pairs the model is tested on.</source>
        <translation>从测试用的数对中随机选取 A 和 B。</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="100"/>
        <location filename="../../gui/operands.py" line="498"/>
        <source>Show me one it gets wrong</source>
        <translation>找一个它答错的</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="106"/>
        <location filename="../../gui/operands.py" line="146"/>
        <location filename="../../gui/operands.py" line="402"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="108"/>
        <location filename="../../gui/operands.py" line="146"/>
        <location filename="../../gui/operands.py" line="403"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="241"/>
        <source>How many bits A, B and the answer have here, 1 to {0}. The network reads one bit per step, so the same weights answer numbers of any length; this model was trained on {1} bits.</source>
        <translation>这里 A、B 和答案的位数，1 到 {0}。网络每一步读入一位，所以同一组权重可以回答任意长度的数；这个模型是在 {1} 位的数上训练的。</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="290"/>
        <source>Showing the last valid pair.</source>
        <translation>显示的是上一对有效的数。</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="314"/>
        <source>bit {0}: the network&apos;s output is not a number here, so it gives no bit (true bit {1})</source>
        <translation>第 {0} 位：网络在这里的输出不是数，因此没有给出这一位（正确的位是 {1}）</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="320"/>
        <source>bit {0}: output probability {1}, predicted {2}, true {3} — {4}</source>
        <translation>第 {0} 位：输出概率 {1}，预测 {2}，正确 {3} — {4}</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="321"/>
        <source>right</source>
        <translation>正确</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="321"/>
        <source>wrong</source>
        <translation>错误</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/operands.py" line="335"/>
        <source>&lt;span style=&apos;color:{0}&apos;&gt;✗ No answer:&lt;/span&gt; the network&apos;s output is not a number at %n bit(s); the answer is {1}.</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:{0}&apos;&gt;✗ 没有答案：&lt;/span&gt;网络有 %n 位的输出不是数；正确答案是 {1}。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="340"/>
        <source>&lt;span style=&apos;color:{0}&apos;&gt;✓ Right:&lt;/span&gt; {1} − {2} = {3}</source>
        <translation>&lt;span style=&apos;color:{0}&apos;&gt;✓ 正确：&lt;/span&gt;{1} − {2} = {3}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/operands.py" line="346"/>
        <source>&lt;span style=&apos;color:{0}&apos;&gt;✗ Wrong:&lt;/span&gt; the network says {1}, the answer is {2} (%n bit(s) wrong).</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:{0}&apos;&gt;✗ 错误：&lt;/span&gt;网络答 {1}，正确答案是 {2}（错了 %n 位）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="353"/>
        <source>This model was trained on {0}-bit numbers; here the same weights run on {1}-bit numbers, one step per bit.</source>
        <translation>这个模型是在 {0} 位的数上训练的；这里同一组权重在 {1} 位的数上运行，每一位一步。</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="357"/>
        <source>A &lt; B is outside what this model was trained on (A ≥ B): the true answer shown wraps around, (A − B) mod 2^{0}.</source>
        <translation>A &lt; B 不在这个模型的训练范围内（A ≥ B）：显示的正确答案会回绕，即 (A − B) mod 2^{0}。</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="146"/>
        <location filename="../../gui/operands.py" line="404"/>
        <source>borrow</source>
        <translation>借位</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="146"/>
        <location filename="../../gui/operands.py" line="405"/>
        <source>A − B</source>
        <translation>A − B</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="146"/>
        <location filename="../../gui/operands.py" line="406"/>
        <source>network</source>
        <translation>网络</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/operands.py" line="252"/>
        <source>{0} − {1} does not fit in {2} bit(s), so the panel shows their low bits: {3} − {4}.</source>
        <translation>
            <numerusform>{0} − {1} 超出了 {2} 位的范围，所以这里显示它们的低位：{3} − {4}。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="410"/>
        <source>The true borrow out of each bit: 1 where this column had to borrow from the next.</source>
        <translation>每一位真实的借位：1 表示这一位需要向高一位借。</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="413"/>
        <source>The correct answer, (A − B) mod 2^bits.</source>
        <translation>正确答案，(A − B) mod 2^位数。</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="414"/>
        <source>✓ where the network&apos;s bit is the true bit, ✗ where it is wrong.</source>
        <translation>网络给出的位正确处标 ✓，错误处标 ✗。</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="431"/>
        <source>bit {0}, worth 2^{0}</source>
        <translation>第 {0} 位，值为 2^{0}</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="465"/>
        <source>Find a pair of {0} bits, the length the model was trained on, that the network answers wrongly (checks every pair up to 10 bits).</source>
        <translation>找一对 {0} 位（模型训练时的位数）的数，让网络答错（10 位以内检查全部数对）。</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="484"/>
        <source>Stop searching</source>
        <translation>停止查找</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="485"/>
        <source>Searching…</source>
        <translation>正在查找……</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/operands.py" line="507"/>
        <source>A pair it gets wrong: of the {0} pairs checked, {1} is (are) wrong.</source>
        <translation>
            <numerusform>找到一对它答错的数：检查的 {0} 对中有 {1} 对答错。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="513"/>
        <source>Searching… {0} of {1} pairs checked, all right so far.</source>
        <translation>正在查找……已检查 {1} 个数对中的 {0} 个，目前全部正确。</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="510"/>
        <source>every one of the {0} pairs</source>
        <translation>全部 {0} 对</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="411"/>
        <source>The network&apos;s answer: the bit, and (up to 16 bits) below it the output probability ŷ. Right bits are blue; wrong ones are orange, framed, with ✗ below.</source>
        <translation>网络的答案：每一位，以及（16 位以内）下方的输出概率 ŷ。正确的位是蓝色；错误的位是橙色、带边框，下方标 ✗。</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="510"/>
        <source>all {0} sampled pairs</source>
        <translation>抽样的全部 {0} 对</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="511"/>
        <source>It gets {0} right.</source>
        <translation>它{0}都答对了。</translation>
    </message>
</context>
<context>
    <name>PlotItem</name>
    <message>
        <location filename="../../gui/messages.py" line="399"/>
        <source>Plot Options</source>
        <translation>绘图选项</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="400"/>
        <source>Transforms</source>
        <translation>变换</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="401"/>
        <source>Downsample</source>
        <translation>降采样</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="402"/>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="403"/>
        <source>Alpha</source>
        <translation>透明度</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="404"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="405"/>
        <source>Points</source>
        <translation>数据点</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../gui/messages.py" line="365"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="366"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>RunAgainDialog</name>
    <message>
        <location filename="../../gui/runs.py" line="50"/>
        <source>Run again with…</source>
        <translation>改设置再运行…</translation>
    </message>
    <message>
        <location filename="../../gui/runs.py" line="53"/>
        <source>A new run from exactly the same start as “{0}”: the same initial weights and the same stream of training pairs. Change what you want to compare.</source>
        <translation>一次与“{0}”起点完全相同的新运行：相同的初始权重，相同的训练样本序列。修改你想比较的设置。</translation>
    </message>
    <message>
        <location filename="../../gui/runs.py" line="64"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
</context>
<context>
    <name>RunsPanel</name>
    <message>
        <location filename="../../gui/runs.py" line="85"/>
        <source>Every run of this session. Tick runs to draw them over the current one; “Run again with…” starts a new run from the same initial weights with one setting changed.</source>
        <translation>本次会话的每一次运行。勾选后它们会叠加画在当前运行上；“改设置再运行…”从相同的初始权重出发、改一个设置开始新的运行。</translation>
    </message>
    <message>
        <location filename="../../gui/runs.py" line="91"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../gui/runs.py" line="91"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../gui/runs.py" line="91"/>
        <source>Iterations</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <location filename="../../gui/runs.py" line="92"/>
        <source>All right at</source>
        <translation>全对于</translation>
    </message>
    <message>
        <location filename="../../gui/runs.py" line="92"/>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../../gui/runs.py" line="93"/>
        <source>The first full evaluation with every pair right.</source>
        <translation>第一次全部数对都答对的完整评估。</translation>
    </message>
    <message>
        <location filename="../../gui/runs.py" line="94"/>
        <source>The latest full evaluation.</source>
        <translation>最近一次完整评估。</translation>
    </message>
    <message>
        <location filename="../../gui/runs.py" line="104"/>
        <source>Run again with…</source>
        <translation>改设置再运行…</translation>
    </message>
    <message>
        <location filename="../../gui/runs.py" line="107"/>
        <source>Continue from its end</source>
        <translation>从它的终点继续</translation>
    </message>
    <message>
        <location filename="../../gui/runs.py" line="109"/>
        <source>Make this run&apos;s last weights the model, to train further or inspect.</source>
        <translation>把这次运行最后的权重作为当前模型，以便继续训练或查看。</translation>
    </message>
    <message>
        <location filename="../../gui/runs.py" line="111"/>
        <source>Save experiment…</source>
        <translation>保存实验…</translation>
    </message>
    <message>
        <location filename="../../gui/runs.py" line="113"/>
        <source>Save every run (settings, start, curves, last weights) in one file that replays elsewhere: python main.py replay FILE.</source>
        <translation>把每次运行（设置、起点、曲线、最后的权重）保存到一个文件中，可在别处重放：python main.py replay 文件。</translation>
    </message>
    <message>
        <location filename="../../gui/runs.py" line="116"/>
        <source>Open experiment…</source>
        <translation>打开实验…</translation>
    </message>
    <message>
        <location filename="../../gui/runs.py" line="156"/>
        <source>The current run: always drawn.</source>
        <translation>当前运行：总是画出。</translation>
    </message>
    <message>
        <location filename="../../gui/runs.py" line="161"/>
        <source> (current)</source>
        <translation>（当前）</translation>
    </message>
    <message>
        <location filename="../../gui/runs.py" line="166"/>
        <source>diverged at {0}</source>
        <translation>在第 {0} 次发散</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../gui/session.py" line="111"/>
        <source>This model has diverged. Press Reset to start again with new weights.</source>
        <translation>这个模型已经发散。请按“重置”用新权重重新开始。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../gui/settings.py" line="80"/>
        <source>The remembered value “{1}” of {0} is not allowed, so {0} is back to {2}.</source>
        <translation>记住的{0}值“{1}”不可用，{0}已恢复为 {2}。</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../../gui/sweep_view.py" line="586"/>
        <source>Start a sweep: its summary per value of each swept setting appears here.</source>
        <translation>开始一次扫描：按每个扫描设置的取值汇总的结果会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="601"/>
        <location filename="../../gui/sweep_view.py" line="653"/>
        <source>models</source>
        <translation>模型数</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="601"/>
        <source>Models with this value.</source>
        <translation>取这个值的模型数。</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="602"/>
        <source>reached 100%</source>
        <translation>达到 100%</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="602"/>
        <source>Models that got every pair right at some check.</source>
        <translation>在某次检查时全部数对都答对的模型数。</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="603"/>
        <source>median at</source>
        <translation>中位数于</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="603"/>
        <source>The median iteration at which the models that reached 100% first did.</source>
        <translation>达到 100% 的模型首次达到 100% 时迭代次数的中位数。</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="604"/>
        <source>right at the end</source>
        <translation>结束时全对</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="604"/>
        <source>Models that still get every pair right at the end of their training (counted as each group ends).</source>
        <translation>训练结束时仍然全部数对都答对的模型数（每组结束时统计）。</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="620"/>
        <source>All the models (only the seed varies)</source>
        <translation>全部模型（只有随机种子不同）</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="623"/>
        <source>Summary per value of {0}</source>
        <translation>按 {0} 的取值汇总</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="649"/>
        <source>Models by status per value of {0}</source>
        <translation>按 {0} 的取值统计各状态的模型数</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="654"/>
        <source>above each bar: the median iteration at 100%</source>
        <translation>柱条上方：达到 100% 时迭代次数的中位数</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="716"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>SweepDialog</name>
    <message>
        <location filename="../../gui/sweep_view.py" line="90"/>
        <source>Sweep: many models side by side</source>
        <translation>批量对比：多个模型并排训练</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="108"/>
        <source>Seeds: a range like 0-31, a list like 1,4,9, or both: 0-3,7.</source>
        <translation>随机种子：范围如 0-31，列表如 1,4,9，或两者混合：0-3,7。</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="130"/>
        <source>How often each model still learning is checked against every pair.</source>
        <translation>每隔多少次迭代，用所有数对检查一次尚未学会的模型。</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="107"/>
        <location filename="../../gui/sweep_view.py" line="135"/>
        <source>Seeds</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="109"/>
        <location filename="../../gui/sweep_view.py" line="136"/>
        <location filename="../../gui/sweep_view.py" line="302"/>
        <source>Learning rates</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="110"/>
        <source>Learning rates, separated by spaces or &apos;;&apos; (or &apos;,&apos; where the decimal mark is &apos;.&apos;): {0}</source>
        <translation>学习率，用空格或“;”分隔（小数点是“.”时也可以用“,”）：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="112"/>
        <location filename="../../gui/sweep_view.py" line="137"/>
        <location filename="../../gui/sweep_view.py" line="301"/>
        <source>Hidden sizes</source>
        <translation>隐藏单元数</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="113"/>
        <source>Hidden sizes, separated by spaces, &apos;;&apos; or &apos;,&apos;: 4 8 16</source>
        <translation>隐藏单元数，用空格、“;”或“,”分隔：4 8 16</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="124"/>
        <source>How many weight updates each model trains.</source>
        <translation>每个模型训练多少次权重更新。</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="138"/>
        <source>Cells</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="129"/>
        <location filename="../../gui/sweep_view.py" line="140"/>
        <source>Check every</source>
        <translation>检查间隔</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="141"/>
        <source>Bits, pairs, B range and batch come from the main window. Every combination of the values above is one model; models of one shape train in lockstep.</source>
        <translation>位数、样本对、B 的范围和批量取自主窗口。上面各值的每种组合是一个模型；形状相同的模型同步训练。</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="147"/>
        <source>Start sweep</source>
        <translation>开始批量训练</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="148"/>
        <source>Train every combination of the values above.</source>
        <translation>训练上面各值的每一种组合。</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="149"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="149"/>
        <source>Stop the sweep</source>
        <translation>停止扫描</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="150"/>
        <source>Stop training; the models keep what they learned so far.</source>
        <translation>停止训练；模型保留到目前为止学到的东西。</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="153"/>
        <location filename="../../gui/sweep_view.py" line="154"/>
        <source>Open selected model in the main window</source>
        <translation>在主窗口中打开选中的模型</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="155"/>
        <source>Load the selected row&apos;s weights into the main view (also: double-click).</source>
        <translation>把选中行的权重载入主窗口（也可双击）。</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="162"/>
        <source>Sweep progress</source>
        <translation>扫描进度</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="180"/>
        <source>Fraction of models at 100% and each model&apos;s error</source>
        <translation>达到 100% 的模型比例，以及每个模型的误差</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="183"/>
        <source>models at 100% (%)</source>
        <translation>达到 100% 的模型 (%)</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="188"/>
        <source>iteration</source>
        <translation>迭代</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="199"/>
        <source>Hover over a curve to see which model it is.</source>
        <translation>把鼠标移到曲线上，可以看到是哪个模型。</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="204"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="204"/>
        <source>cell</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="204"/>
        <source>hidden</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="204"/>
        <source>lr</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="204"/>
        <source>seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="204"/>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="205"/>
        <source>100% at</source>
        <translation>100% 于</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="205"/>
        <location filename="../../gui/sweep_view.py" line="275"/>
        <location filename="../../gui/sweep_view.py" line="437"/>
        <source>diverged</source>
        <translation>发散</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="205"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="208"/>
        <source>Models of the sweep</source>
        <translation>扫描中的模型</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="216"/>
        <source>The first check at which the model got every pair right.</source>
        <translation>模型第一次全部数对都答对的那次检查。</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="218"/>
        <source>Hover over a status to see what it means.</source>
        <translation>把鼠标移到状态上，可以看到它的含义。</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="229"/>
        <source>Curves</source>
        <translation>曲线</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="230"/>
        <source>Summary by setting</source>
        <translation>按设置汇总</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="231"/>
        <source>Per value of each swept setting: how many models reached 100%, when, and how many are stuck or diverged.</source>
        <translation>对每个扫描设置的每个取值：有多少模型达到 100%、在何时达到，以及有多少停滞或发散。</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="265"/>
        <source>solved</source>
        <translation>已学会</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="265"/>
        <source>got every pair right at a check (and still does at the end, once its training has ended)</source>
        <translation>在某次检查时全部数对都答对（训练结束后，在结束时仍然全对）</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="267"/>
        <source>lost</source>
        <translation>又丢失</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="267"/>
        <source>got every pair right at a check, but no longer does at the end of its training</source>
        <translation>在某次检查时全部数对都答对，但训练结束时已不再全对</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="269"/>
        <source>learning</source>
        <translation>学习中</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="269"/>
        <source>not at 100% yet, and its error is still falling (or it has trained fewer than {0} iterations)</source>
        <translation>还没有达到 100%，误差仍在下降（或者训练还不到 {0} 次迭代）</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="271"/>
        <source>stuck</source>
        <translation>停滞</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="271"/>
        <source>not at 100%, and its error has stopped falling: after {0} iterations or more, its mean error over the last quarter of them is less than {1}% below that over the quarter before (it may still escape a plateau later)</source>
        <translation>没有达到 100%，误差也不再下降：训练了 {0} 次或更多迭代后，最后四分之一迭代的平均误差比之前四分之一的平均误差低不到 {1}%（以后仍可能走出平台期）</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="275"/>
        <source>its error became infinite or not a number; it stopped training there</source>
        <translation>它的误差变成了无穷大或非数（NaN），训练在那里停止</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="277"/>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="277"/>
        <source>not started yet: its group trains later</source>
        <translation>尚未开始：它所在的组稍后训练</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="283"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="298"/>
        <source>Choose at least one cell.</source>
        <translation>请至少选择一种单元。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/sweep_view.py" line="536"/>
        <source>Model {0} is now in the main window (after {1} iteration(s)).</source>
        <translation>
            <numerusform>模型 {0} 已在主窗口中打开（训练了 {1} 次迭代）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="476"/>
        <source>model {0}: {1} cell, {2} hidden, lr {3}, seed {4}</source>
        <translation>模型 {0}：{1} 单元，{2} 个隐藏单元，学习率 {3}，种子 {4}</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="480"/>
        <source>, diverged at iteration {0}</source>
        <translation>，在第 {0} 次迭代发散</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="481"/>
        <source>; {0}</source>
        <translation>；{0}</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="530"/>
        <source>Taking model {0}&apos;s weights from the running sweep…</source>
        <translation>正在从运行中的扫描取出模型 {0} 的权重……</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="408"/>
        <source>finished</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="187"/>
        <source>error, average of the last {0}</source>
        <translation>误差，最近 {0} 次的平均</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/sweep_view.py" line="326"/>
        <source>Training %n model(s)…</source>
        <translation>
            <numerusform>正在训练 %n 个模型……</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="408"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/sweep_view.py" line="409"/>
        <source>Sweep {0}: {1} of %n model(s) reached 100%; {2} of them still get every pair right at the end.</source>
        <translation>
            <numerusform>扫描{0}：%n 个模型中有 {1} 个达到 100%；其中 {2} 个在训练结束时仍然全部答对。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/sweep_view.py" line="413"/>
        <source>Sweep stopped: {0} of %n model(s) reached 100% at some check; the final accuracy of {1} of them was not measured, because the sweep was stopped before their end.</source>
        <translation>
            <numerusform>扫描已停止：%n 个模型中有 {0} 个在某次检查时达到 100%；其中 {1} 个的最终准确率没有测量，因为扫描在它们训练结束前就停止了。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="457"/>
        <source>at {0}</source>
        <translation>第 {0} 次</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="478"/>
        <source>, 100% at iteration {0}</source>
        <translation>，第 {0} 次迭代达到 100%</translation>
    </message>
</context>
<context>
    <name>ThroughTimePanel</name>
    <message>
        <location filename="../../gui/through_time.py" line="180"/>
        <source>◀ &amp;Next</source>
        <translation>◀ 下一步(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/through_time.py" line="182"/>
        <source>The step before this one (t − 1): where the backward pass goes next.</source>
        <translation>这一步之前的那一步（t − 1）：反向传播接下来要到的地方。</translation>
    </message>
    <message>
        <location filename="../../gui/through_time.py" line="185"/>
        <source>Time step</source>
        <translation>时间步</translation>
    </message>
    <message>
        <location filename="../../gui/through_time.py" line="186"/>
        <source>The time step t. The backward pass starts at the last step and goes back to step 1. Left and Right arrows move it.</source>
        <translation>时间步 t。反向传播从最后一步开始，一直回到第 1 步。用左右方向键移动。</translation>
    </message>
    <message>
        <location filename="../../gui/through_time.py" line="193"/>
        <source>&amp;Previous ▶</source>
        <translation>上一步(&amp;P) ▶</translation>
    </message>
    <message>
        <location filename="../../gui/through_time.py" line="195"/>
        <source>The step after this one (t + 1): the one the backward pass came from.</source>
        <translation>这一步之后的那一步（t + 1）：反向传播刚刚经过的地方。</translation>
    </message>
    <message>
        <location filename="../../gui/through_time.py" line="203"/>
        <source>Step t:</source>
        <translation>第 t 步：</translation>
    </message>
    <message>
        <location filename="../../gui/through_time.py" line="210"/>
        <source>δ&lt;sub&gt;t&lt;/sub&gt; = (y&lt;sub&gt;t&lt;/sub&gt; − ŷ&lt;sub&gt;t&lt;/sub&gt;) ŷ&lt;sub&gt;t&lt;/sub&gt; (1 − ŷ&lt;sub&gt;t&lt;/sub&gt;): the error of the output at step t times the sigmoid&apos;s slope there; the tutorial&apos;s layer_2_delta. It is where the backward pass starts at each step.</source>
        <translation>δ&lt;sub&gt;t&lt;/sub&gt; = (y&lt;sub&gt;t&lt;/sub&gt; − ŷ&lt;sub&gt;t&lt;/sub&gt;) ŷ&lt;sub&gt;t&lt;/sub&gt; (1 − ŷ&lt;sub&gt;t&lt;/sub&gt;)：第 t 步输出的误差乘以 sigmoid 在该处的斜率；即教程中的 layer_2_delta。每一步的反向传播都从这里开始。</translation>
    </message>
    <message>
        <location filename="../../gui/through_time.py" line="213"/>
        <source>δh&lt;sub&gt;t&lt;/sub&gt; = (δh&lt;sub&gt;t+1&lt;/sub&gt; Wh&lt;sup&gt;T&lt;/sup&gt; + δ&lt;sub&gt;t&lt;/sub&gt; W1&lt;sup&gt;T&lt;/sup&gt;) h&lt;sub&gt;t&lt;/sub&gt; (1 − h&lt;sub&gt;t&lt;/sub&gt;): the error that reaches each hidden unit at step t, from the output at t and from the steps after it; the tutorial&apos;s layer_1_delta.</source>
        <translation>δh&lt;sub&gt;t&lt;/sub&gt; = (δh&lt;sub&gt;t+1&lt;/sub&gt; Wh&lt;sup&gt;T&lt;/sup&gt; + δ&lt;sub&gt;t&lt;/sub&gt; W1&lt;sup&gt;T&lt;/sup&gt;) h&lt;sub&gt;t&lt;/sub&gt; (1 − h&lt;sub&gt;t&lt;/sub&gt;)：第 t 步到达每个隐藏单元的误差，来自第 t 步的输出和之后的各步；即教程中的 layer_1_delta。</translation>
    </message>
    <message>
        <location filename="../../gui/through_time.py" line="216"/>
        <source>‖∂h&lt;sub&gt;T&lt;/sub&gt;/∂h&lt;sub&gt;t&lt;/sub&gt;‖: the largest factor (spectral norm) by which a small change of the hidden state at step t is multiplied by the time it reaches the last step T. Far below 1: the last step hardly feels step t (the gradient vanishes); far above 1: it explodes. 1 at t = T.</source>
        <translation>‖∂h&lt;sub&gt;T&lt;/sub&gt;/∂h&lt;sub&gt;t&lt;/sub&gt;‖：第 t 步隐状态的一个微小变化传到最后一步 T 时被放大的最大倍数（谱范数）。远小于 1：最后一步几乎感觉不到第 t 步（梯度消失）；远大于 1：梯度爆炸。t = T 时为 1。</translation>
    </message>
    <message>
        <location filename="../../gui/through_time.py" line="220"/>
        <source>Each step t adds x&lt;sub&gt;t&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; δh&lt;sub&gt;t&lt;/sub&gt; to W0&apos;s update, h&lt;sub&gt;t−1&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; δh&lt;sub&gt;t&lt;/sub&gt; to Wh&apos;s and h&lt;sub&gt;t&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; δ&lt;sub&gt;t&lt;/sub&gt; to W1&apos;s. A bar is the size (Frobenius norm) of that part divided by the sum of the sizes of all steps&apos; parts: each matrix&apos;s bars add up to 100 %.</source>
        <translation>每一步 t 给 W0 的更新加上 x&lt;sub&gt;t&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; δh&lt;sub&gt;t&lt;/sub&gt;，给 Wh 的加上 h&lt;sub&gt;t−1&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; δh&lt;sub&gt;t&lt;/sub&gt;，给 W1 的加上 h&lt;sub&gt;t&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; δ&lt;sub&gt;t&lt;/sub&gt;。每根柱条是这一部分的大小（Frobenius 范数）除以所有步各部分大小之和：每个矩阵的柱条加起来是 100 %。</translation>
    </message>
    <message>
        <location filename="../../gui/through_time.py" line="224"/>
        <source>δ&lt;sub&gt;t&lt;/sub&gt;: the output&apos;s error signal</source>
        <translation>δ&lt;sub&gt;t&lt;/sub&gt;：输出的误差信号</translation>
    </message>
    <message>
        <location filename="../../gui/through_time.py" line="227"/>
        <source>‖∂h&lt;sub&gt;T&lt;/sub&gt;/∂h&lt;sub&gt;t&lt;/sub&gt;‖: how much h&lt;sub&gt;T&lt;/sub&gt; feels h&lt;sub&gt;t&lt;/sub&gt;</source>
        <translation>‖∂h&lt;sub&gt;T&lt;/sub&gt;/∂h&lt;sub&gt;t&lt;/sub&gt;‖：h&lt;sub&gt;T&lt;/sub&gt; 对 h&lt;sub&gt;t&lt;/sub&gt; 的敏感程度</translation>
    </message>
    <message>
        <location filename="../../gui/through_time.py" line="230"/>
        <source>Share of the update: {0} {1} {2}</source>
        <translation>在更新中所占份额：{0} {1} {2}</translation>
    </message>
    <message>
        <location filename="../../gui/through_time.py" line="277"/>
        <source>Hidden unit</source>
        <translation>隐藏单元</translation>
    </message>
    <message>
        <location filename="../../gui/through_time.py" line="278"/>
        <source>The hidden unit u whose equation is shown. It starts at the unit that tracks the borrow best.</source>
        <translation>显示其方程的隐藏单元 u。一开始是最能跟踪借位的那个单元。</translation>
    </message>
    <message>
        <location filename="../../gui/through_time.py" line="288"/>
        <source>Unit u:</source>
        <translation>单元 u：</translation>
    </message>
    <message>
        <location filename="../../gui/through_time.py" line="294"/>
        <source>h&lt;sub&gt;t&lt;/sub&gt;[u] in numbers, both cells, each on its own h&lt;sub&gt;t−1&lt;/sub&gt;</source>
        <translation>h&lt;sub&gt;t&lt;/sub&gt;[u] 的数值，两种单元，各自用自己的 h&lt;sub&gt;t−1&lt;/sub&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/through_time.py" line="295"/>
        <source>Left, the corrected cell (elman): the memory h&lt;sub&gt;t−1&lt;/sub&gt;·Wh goes inside the sigmoid. Right, the cell as the notebook writes it: the memory is added after the sigmoid, so nothing keeps h&lt;sub&gt;t&lt;/sub&gt; between 0 and 1. Each column runs its own cell from h&lt;sub&gt;0&lt;/sub&gt; = 0.1, so its h&lt;sub&gt;t−1&lt;/sub&gt; is the one that cell computed.</source>
        <translation>左边是修正后的单元（elman）：记忆 h&lt;sub&gt;t−1&lt;/sub&gt;·Wh 放在 sigmoid 里面。右边是笔记本原文写法的单元：记忆在 sigmoid 之后才加上，所以没有什么能把 h&lt;sub&gt;t&lt;/sub&gt; 限制在 0 和 1 之间。每一列都从 h&lt;sub&gt;0&lt;/sub&gt; = 0.1 开始运行自己的单元，所以它的 h&lt;sub&gt;t−1&lt;/sub&gt; 是该单元自己算出的。</translation>
    </message>
    <message>
        <location filename="../../gui/through_time.py" line="324"/>
        <source>Type a pair on the Operands tab: this tab follows it through the backward pass.</source>
        <translation>在“操作数”标签页中输入一对数：这个标签页会跟着它走完反向传播。</translation>
    </message>
    <message>
        <location filename="../../gui/through_time.py" line="539"/>
        <source>δh&lt;sub&gt;{0}&lt;/sub&gt;: the error at each unit (u orange)</source>
        <translation>δh&lt;sub&gt;{0}&lt;/sub&gt;：每个单元上的误差（u 为橙色）</translation>
    </message>
    <message>
        <location filename="../../gui/through_time.py" line="540"/>
        <source>{0} − {1}: t = {2} of {3} (bit {4})</source>
        <translation>{0} − {1}：t = {2}（共 {3} 步，第 {4} 位）</translation>
    </message>
    <message>
        <location filename="../../gui/through_time.py" line="552"/>
        <source>tracks the borrow best (|r| = {0})</source>
        <translation>最能跟踪借位（|r| = {0}）</translation>
    </message>
    <message>
        <location filename="../../gui/through_time.py" line="554"/>
        <source>unit {0} tracks the borrow best (|r| = {1})</source>
        <translation>单元 {0} 最能跟踪借位（|r| = {1}）</translation>
    </message>
    <message>
        <location filename="../../gui/through_time.py" line="570"/>
        <source>elman</source>
        <translation>elman（修正）</translation>
    </message>
    <message>
        <location filename="../../gui/through_time.py" line="571"/>
        <source>notebook</source>
        <translation>笔记本</translation>
    </message>
    <message>
        <location filename="../../gui/through_time.py" line="578"/>
        <source>inside σ</source>
        <translation>σ 内部</translation>
    </message>
    <message>
        <location filename="../../gui/through_time.py" line="579"/>
        <source>σ(inside)</source>
        <translation>σ(内部)</translation>
    </message>
    <message>
        <location filename="../../gui/through_time.py" line="580"/>
        <source>added after σ</source>
        <translation>σ 之后加上</translation>
    </message>
    <message>
        <location filename="../../gui/through_time.py" line="590"/>
        <source>The notebook&apos;s h&lt;sub&gt;{0}&lt;/sub&gt;[{1}] is not in 0 … 1: no sigmoid bounds it.</source>
        <translation>笔记本写法的 h&lt;sub&gt;{0}&lt;/sub&gt;[{1}] 不在 0 … 1 之间：没有 sigmoid 限制它。</translation>
    </message>
    <message>
        <location filename="../../gui/through_time.py" line="597"/>
        <source>Step {0} reads a = {1}, b = {2} (true bit {3}, ŷ = {4}): δ&lt;sub&gt;t&lt;/sub&gt; = {5}, ‖δh&lt;sub&gt;t&lt;/sub&gt;‖ = {6}, ‖∂h&lt;sub&gt;T&lt;/sub&gt;/∂h&lt;sub&gt;t&lt;/sub&gt;‖ = {7}; shares W0 {8}, Wh {9}, W1 {10}.</source>
        <translation>第 {0} 步读入 a = {1}，b = {2}（正确的位 {3}，ŷ = {4}）：δ&lt;sub&gt;t&lt;/sub&gt; = {5}，‖δh&lt;sub&gt;t&lt;/sub&gt;‖ = {6}，‖∂h&lt;sub&gt;T&lt;/sub&gt;/∂h&lt;sub&gt;t&lt;/sub&gt;‖ = {7}；份额 W0 {8}，Wh {9}，W1 {10}。</translation>
    </message>
    <message>
        <location filename="../../gui/through_time.py" line="604"/>
        <source>Every δh&lt;sub&gt;t&lt;/sub&gt; is exactly 0: nothing flows back to the hidden state.</source>
        <translation>所有 δh&lt;sub&gt;t&lt;/sub&gt; 都恰好为 0：没有误差传回隐状态。</translation>
    </message>
    <message>
        <location filename="../../gui/through_time.py" line="606"/>
        <source>Every δ&lt;sub&gt;t&lt;/sub&gt; is 0 too (the outputs are saturated at 0 or 1), so this pair changes no weight.</source>
        <translation>所有 δ&lt;sub&gt;t&lt;/sub&gt; 也都为 0（输出饱和在 0 或 1），所以这对数不会改变任何权重。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/through_time.py" line="611"/>
        <source>‖∂h&lt;sub&gt;T&lt;/sub&gt;/∂h&lt;sub&gt;t&lt;/sub&gt;‖ is exactly 0 at step(s) {0} (a saturated unit&apos;s slope rounds to 0): not drawn on the log scale.</source>
        <translation>
            <numerusform>‖∂h&lt;sub&gt;T&lt;/sub&gt;/∂h&lt;sub&gt;t&lt;/sub&gt;‖ 在第 {0} 步恰好为 0（饱和单元的斜率舍入为 0）：对数坐标上不画出。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/through_time.py" line="614"/>
        <source>‖∂h&lt;sub&gt;T&lt;/sub&gt;/∂h&lt;sub&gt;t&lt;/sub&gt;‖ is not a number at step(s) {0}: not drawn.</source>
        <translation>
            <numerusform>‖∂h&lt;sub&gt;T&lt;/sub&gt;/∂h&lt;sub&gt;t&lt;/sub&gt;‖ 在第 {0} 步不是数：没有画出。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/through_time.py" line="617"/>
        <source>For this cell the tutorial&apos;s backward pass multiplies by h(1 − h) as if h were a sigmoid&apos;s output: δh does not follow ‖∂h&lt;sub&gt;T&lt;/sub&gt;/∂h&lt;sub&gt;t&lt;/sub&gt;‖, which is the true one.</source>
        <translation>对这种单元，教程的反向传播乘以 h(1 − h)，仿佛 h 是 sigmoid 的输出：δh 并不跟随真正的 ‖∂h&lt;sub&gt;T&lt;/sub&gt;/∂h&lt;sub&gt;t&lt;/sub&gt;‖。</translation>
    </message>
</context>
<context>
    <name>ViewBox</name>
    <message>
        <location filename="../../gui/messages.py" line="367"/>
        <source>ViewBox options</source>
        <translation>视图选项</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="368"/>
        <source>View All</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="369"/>
        <source>Mouse Mode</source>
        <translation>鼠标模式</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="370"/>
        <source>3 button</source>
        <translation>三键</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="371"/>
        <source>1 button</source>
        <translation>单键</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="372"/>
        <source>axis</source>
        <translation>轴</translation>
    </message>
</context>
<context>
    <name>WeightsPanel</name>
    <message>
        <location filename="../../gui/weights.py" line="34"/>
        <source>W0: input → hidden (2 × H)</source>
        <translation>W0：输入 → 隐藏层（2 × H）</translation>
    </message>
    <message>
        <location filename="../../gui/weights.py" line="34"/>
        <source>Wh: hidden → hidden (H × H)</source>
        <translation>Wh：隐藏层 → 隐藏层（H × H）</translation>
    </message>
    <message>
        <location filename="../../gui/weights.py" line="35"/>
        <source>W1: hidden → output (H × 1)</source>
        <translation>W1：隐藏层 → 输出（H × 1）</translation>
    </message>
    <message>
        <location filename="../../gui/weights.py" line="51"/>
        <source>Every weight of the network; blue is negative, red positive, white 0. Rows are where a connection starts, columns where it ends.</source>
        <translation>网络的每一个权重；蓝色为负，红色为正，白色为 0。行是连接的起点，列是连接的终点。</translation>
    </message>
    <message>
        <location filename="../../gui/weights.py" line="93"/>
        <source>The largest |weight| is {0}.</source>
        <translation>最大的 |权重| 是 {0}。</translation>
    </message>
</context>
</TS>
