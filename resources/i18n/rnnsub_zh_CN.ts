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
        <location filename="../../gui/controls.py" line="56"/>
        <source>Full speed</source>
        <translation>全速</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/controls.py" line="56"/>
        <source>%n iteration(s) per second</source>
        <translation>
            <numerusform>每秒 %n 次迭代</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="57"/>
        <source>Slow training down to watch each step, or let it run at full speed.</source>
        <translation>放慢训练以观察每一步，或让它全速运行。</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="60"/>
        <source>Network and data</source>
        <translation>网络与数据</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="60"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="58"/>
        <location filename="../../gui/controls.py" line="64"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="70"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="70"/>
        <source>Start or resume training (Space)</source>
        <translation>开始或继续训练（空格键）</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="71"/>
        <location filename="../../gui/controls.py" line="179"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="71"/>
        <source>Pause training (Space)</source>
        <translation>暂停训练（空格键）</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="73"/>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="73"/>
        <source>Train exactly one iteration (one batch), then pause (Ctrl+Right)</source>
        <translation>只训练一次迭代（一个批量），然后暂停（Ctrl+右方向键）</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="75"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="75"/>
        <source>End this run and keep the weights; Start continues from here (Esc)</source>
        <translation>结束本次训练并保留权重；再按“开始”从这里继续（Esc）</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="77"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="77"/>
        <source>New weights from the seed, with the settings above (Ctrl+R)</source>
        <translation>按上面的设置，用随机种子生成新权重（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="145"/>
        <source>Changed settings apply on Reset.</source>
        <translation>修改的设置在重置后生效。</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="152"/>
        <source>{0} / {1} iterations</source>
        <translation>{0} / {1} 次迭代</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="154"/>
        <source>{0} samples/s</source>
        <translation>每秒 {0} 个样本</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="156"/>
        <source>{0} left</source>
        <translation>剩余 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="161"/>
        <source>Idle: press Start (Space) to train.</source>
        <translation>空闲：按“开始”（空格键）开始训练。</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="162"/>
        <source>Running…</source>
        <translation>训练中…</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="163"/>
        <source>Pausing after this iteration…</source>
        <translation>本次迭代结束后暂停……</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="164"/>
        <source>Training one iteration…</source>
        <translation>正在训练一次迭代……</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="165"/>
        <source>Stopping after this iteration…</source>
        <translation>本次迭代结束后停止……</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="166"/>
        <source>Paused at iteration {0}.</source>
        <translation>暂停于第 {0} 次迭代。</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="167"/>
        <source>Stopped at iteration {0}. Start continues; Reset starts over.</source>
        <translation>停止于第 {0} 次迭代。“开始”继续，“重置”从头再来。</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="168"/>
        <source>Finished: {0} iterations.</source>
        <translation>完成：{0} 次迭代。</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="170"/>
        <source>Diverged at iteration {0}: a weight or the error became infinite or NaN. The last finite weights are kept.</source>
        <translation>在第 {0} 次迭代发散：权重或误差变成了无穷大或 NaN。已保留最后一组有限的权重。</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="172"/>
        <source>Training failed; see the message.</source>
        <translation>训练失败，请查看提示信息。</translation>
    </message>
    <message>
        <location filename="../../gui/controls.py" line="179"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>ErrorPlot</name>
    <message>
        <location filename="../../gui/plot.py" line="65"/>
        <source>error Σ|y − ŷ| per sample</source>
        <translation>每个样本的误差 Σ|y − ŷ|</translation>
    </message>
    <message>
        <location filename="../../gui/plot.py" line="70"/>
        <source>each iteration</source>
        <translation>每次迭代</translation>
    </message>
    <message>
        <location filename="../../gui/plot.py" line="71"/>
        <source>average of the last {0}</source>
        <translation>最近 {0} 次的平均</translation>
    </message>
    <message>
        <location filename="../../gui/plot.py" line="78"/>
        <source>pairs right (%)</source>
        <translation>答对的比例 (%)</translation>
    </message>
    <message>
        <location filename="../../gui/plot.py" line="79"/>
        <source>iteration</source>
        <translation>迭代</translation>
    </message>
    <message>
        <location filename="../../gui/plot.py" line="89"/>
        <source>estimate from a sample (bar: 95% interval)</source>
        <translation>样本估计（竖线：95% 置信区间）</translation>
    </message>
    <message>
        <location filename="../../gui/plot.py" line="95"/>
        <source>Log scale</source>
        <translation>对数坐标</translation>
    </message>
    <message>
        <location filename="../../gui/plot.py" line="96"/>
        <source>Show the error on a logarithmic axis: small errors late in training become visible.</source>
        <translation>用对数坐标显示误差：训练后期的小误差也能看清。</translation>
    </message>
    <message>
        <location filename="../../gui/plot.py" line="98"/>
        <source>Hover over the plot to read values.</source>
        <translation>把鼠标移到图上可读出数值。</translation>
    </message>
    <message>
        <location filename="../../gui/plot.py" line="100"/>
        <source>The iteration and values under the mouse pointer.</source>
        <translation>鼠标所指位置的迭代次数和数值。</translation>
    </message>
    <message>
        <location filename="../../gui/plot.py" line="163"/>
        <source>diverged at iteration {0}</source>
        <translation>在第 {0} 次迭代发散</translation>
    </message>
    <message>
        <location filename="../../gui/plot.py" line="278"/>
        <source>iteration {0}: error {1}, average {2}</source>
        <translation>第 {0} 次迭代：误差 {1}，平均 {2}</translation>
    </message>
    <message>
        <location filename="../../gui/plot.py" line="280"/>
        <source>iteration {0}: no error (the model had diverged)</source>
        <translation>第 {0} 次迭代：没有误差（模型已发散）</translation>
    </message>
    <message>
        <location filename="../../gui/plot.py" line="284"/>
        <source>, about {0}% right (at {1}; an estimate from a sample of {2} pairs, 95% interval {3}–{4}%)</source>
        <translation>，约答对 {0}%（第 {1} 次；由 {2} 对的样本估计，95% 置信区间 {3}–{4}%）</translation>
    </message>
    <message>
        <location filename="../../gui/plot.py" line="288"/>
        <source>, right {0}% (at {1})</source>
        <translation>，答对 {0}%（第 {1} 次）</translation>
    </message>
</context>
<context>
    <name>HowPanel</name>
    <message>
        <location filename="../../gui/how.py" line="196"/>
        <source>Measure at longer lengths</source>
        <translation>在更长的位数上测量</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="198"/>
        <source>Run these weights on longer numbers than they were trained on.</source>
        <translation>用这组权重计算比训练时更长的数。</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="200"/>
        <source>Try to break it</source>
        <translation>试着难倒它</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="203"/>
        <source>Look for a pair it answers wrongly at every length from 1 to {0} bits: long borrow chains, alternating bits, then random pairs.</source>
        <translation>在 1 到 {0} 位的每种长度上寻找它答错的一对数：先试长借位链和交替的位，再试随机数对。</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="220"/>
        <source>The machine it learned: hidden states clustered into at most {0} states; arrows ab/output bit.</source>
        <translation>它学到的状态机：隐藏状态聚成至多 {0} 个状态；箭头标为 ab/输出位。</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="480"/>
        <source>Unit {0} tracks the borrow: |r| = {1}; a threshold on it recovers {2}% of borrow bits.</source>
        <translation>单元 {0} 记录着借位：|r| = {1}；对它取一个阈值可以还原 {2}% 的借位。</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="482"/>
        <source>No unit carries the borrow yet. The closest, unit {0}: |r| = {1}; a threshold on it recovers {2}% of borrow bits.</source>
        <translation>还没有哪个单元记住借位。最接近的是单元 {0}：|r| = {1}；对它取一个阈值可以还原 {2}% 的借位。</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="491"/>
        <source>every pair</source>
        <translation>全部数对</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="491"/>
        <source>{0} random pairs</source>
        <translation>{0} 对随机数</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="187"/>
        <source>Longer numbers: % of pairs right at 8 to 128 bits (x) with the same weights, {0} random pairs per length.</source>
        <translation>更长的数：同一组权重在 8 到 128 位（横轴）上答对的比例，每种长度 {0} 对随机数。</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="230"/>
        <source>Find the machine</source>
        <translation>找出状态机</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="233"/>
        <source>Cluster the hidden states and read the transition table between the clusters (then again from newer weights while this tab is shown, at most every {0} s).</source>
        <translation>把隐藏状态聚类，并读出各类之间的转移表（此标签页显示时，之后会用更新的权重重新计算，至多每 {0} 秒一次）。</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="302"/>
        <source>The borrow unit: how closely each hidden unit (x) follows the borrow out of each bit (|Pearson r|).</source>
        <translation>借位单元：每个隐藏单元（横轴）与每一位的借位有多接近（皮尔逊相关系数的绝对值 |r|）。</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="304"/>
        <source>Errors by bit: % right at each bit (x) of the answer, most significant on the left, from the latest full evaluation (none yet: train to see it).</source>
        <translation>按位看错误：答案每一位（横轴，最高位在左）答对的比例，来自最近一次完整评估（还没有：训练后可见）。</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="306"/>
        <source>By borrow chain: % of pairs right by the length (x) of their longest run of borrows (none yet).</source>
        <translation>按借位链看：按最长连续借位的长度（横轴）分组的答对比例（还没有）。</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="366"/>
        <source>Looking for the machine in the weights of iteration {0}…</source>
        <translation>正在第 {0} 次迭代的权重中寻找状态机…</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="379"/>
        <source>No machine of up to {0} states agrees with the network on {1}% of its transitions: the network has not learned a small machine.</source>
        <translation>没有任何至多 {0} 个状态的状态机在 {1}% 的转移上与网络一致：网络没有学到一个小的状态机。</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="385"/>
        <source>borrow</source>
        <translation>借位</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="385"/>
        <source>no borrow</source>
        <translation>无借位</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="387"/>
        <source>state {0}</source>
        <translation>状态 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="391"/>
        <source>1 state</source>
        <translation>1 个状态</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="391"/>
        <source>{0} states</source>
        <translation>{0} 个状态</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="392"/>
        <source>{0}; its transitions agree with the network on {1}% of samples</source>
        <translation>{0}；它的转移在 {1}% 的样本上与网络一致</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="395"/>
        <source>{0}; it is the borrow machine.</source>
        <translation>{0}；它就是借位状态机。</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="398"/>
        <source>{0}; it differs from the borrow machine on input {1} (lowest bit first).</source>
        <translation>{0}；它在输入 {1}（最低位在前）上与借位状态机不同。</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="477"/>
        <source>The borrow unit: how closely each hidden unit (x) follows the borrow out of each bit (|Pearson r|, {0} pairs).</source>
        <translation>借位单元：每个隐藏单元（横轴）与每一位的借位有多接近（皮尔逊相关系数的绝对值 |r|，{0} 对数）。</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="493"/>
        <source>Errors by bit: % right at each bit (x) of the answer, most significant on the left (iteration {0}, {1}).</source>
        <translation>按位看错误：答案每一位（横轴，最高位在左）答对的比例（第 {0} 次迭代，{1}）。</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="498"/>
        <source>By borrow chain: % of pairs right by the length (x) of their longest run of borrows (iteration {0}; hover a bar for the counts).</source>
        <translation>按借位链看：按最长连续借位的长度（横轴）分组的答对比例（第 {0} 次迭代；鼠标停在柱上可看数量）。</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="508"/>
        <source>Longest borrow chain {0} bits: {1} of {2} pairs right.</source>
        <translation>最长借位链 {0} 位：{2} 对中答对 {1} 对。</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="534"/>
        <source>Measuring the weights of iteration {0}…</source>
        <translation>正在测量第 {0} 次迭代的权重…</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="540"/>
        <source>Iteration {0}: {1}.</source>
        <translation>第 {0} 次迭代：{1}。</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="541"/>
        <source>{0} bits {1}%</source>
        <translation>{0} 位 {1}%</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="550"/>
        <source>Looking for a pair it gets wrong, up to {0} bits…</source>
        <translation>正在寻找它答错的一对数，最多 {0} 位…</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="555"/>
        <source>No wrong answer in {0} pairs of 1 to {1} bits.</source>
        <translation>在 1 到 {1} 位的 {0} 对数中没有答错。</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="559"/>
        <source>an answer with bits that are not a number</source>
        <translation>一个含有非数值位的答案</translation>
    </message>
    <message>
        <location filename="../../gui/how.py" line="560"/>
        <source>Wrong at {0} bits: {1} − {2} = {3}, it answers {4} ({5} pairs tried).</source>
        <translation>在 {0} 位答错：{1} − {2} = {3}，它答 {4}（试了 {5} 对）。</translation>
    </message>
</context>
<context>
    <name>InsidePanel</name>
    <message>
        <location filename="../../gui/inside.py" line="20"/>
        <source>hidden state h&lt;sub&gt;t&lt;/sub&gt;: one column per time step, one row per unit</source>
        <translation>隐藏状态 h&lt;sub&gt;t&lt;/sub&gt;：每列一个时间步，每行一个单元</translation>
    </message>
    <message>
        <location filename="../../gui/inside.py" line="21"/>
        <source>hidden unit</source>
        <translation>隐藏单元</translation>
    </message>
    <message>
        <location filename="../../gui/inside.py" line="30"/>
        <source>output ŷ&lt;sub&gt;t&lt;/sub&gt; (line), true bit (squares), borrow (triangles)</source>
        <translation>输出 ŷ&lt;sub&gt;t&lt;/sub&gt;（折线）、正确位（方块）、借位（三角）</translation>
    </message>
    <message>
        <location filename="../../gui/inside.py" line="43"/>
        <source>‖δh&lt;sub&gt;t&lt;/sub&gt;‖: how much of the error reaches back to step t</source>
        <translation>‖δh&lt;sub&gt;t&lt;/sub&gt;‖：误差反向传回第 t 步的大小</translation>
    </message>
    <message>
        <location filename="../../gui/inside.py" line="50"/>
        <source>max&lt;sub&gt;j&lt;/sub&gt; |h&lt;sub&gt;t&lt;/sub&gt;[j]|: the largest hidden unit at step t (log scale)</source>
        <translation>max&lt;sub&gt;j&lt;/sub&gt; |h&lt;sub&gt;t&lt;/sub&gt;[j]|：第 t 步最大的隐藏单元（对数刻度）</translation>
    </message>
    <message>
        <location filename="../../gui/inside.py" line="52"/>
        <location filename="../../gui/inside.py" line="63"/>
        <source>time step t = bit position (lowest bit first)</source>
        <translation>时间步 t = 位的位置（从最低位开始）</translation>
    </message>
    <message>
        <location filename="../../gui/inside.py" line="112"/>
        <source> Colour scale: sign(h)·log₁₀(1 + |h|), because |h| reaches {0}: bright = large and positive, dark = large and negative.</source>
        <translation> 颜色刻度：sign(h)·log₁₀(1 + |h|)，因为 |h| 达到了 {0}：亮 = 很大的正值，暗 = 很大的负值。</translation>
    </message>
    <message>
        <location filename="../../gui/inside.py" line="131"/>
        <source>{0} − {1}. At step t the network reads bit t of A and of B.</source>
        <translation>{0} − {1}。在第 t 步，网络读入 A 和 B 的第 t 位。</translation>
    </message>
    <message>
        <location filename="../../gui/inside.py" line="132"/>
        <source> Colours: bright = unit near 1, dark = near 0.</source>
        <translation> 颜色：亮 = 单元接近 1，暗 = 接近 0。</translation>
    </message>
    <message>
        <location filename="../../gui/inside.py" line="143"/>
        <source>The largest hidden unit reaches |h| = {0} (step {1}).</source>
        <translation>最大的隐藏单元达到 |h| = {0}（第 {1} 步）。</translation>
    </message>
    <message>
        <location filename="../../gui/inside.py" line="145"/>
        <source>The hidden state has no finite nonzero unit.</source>
        <translation>隐藏状态中没有有限且非零的单元。</translation>
    </message>
    <message>
        <location filename="../../gui/inside.py" line="147"/>
        <source> {0} steps where it is 0, infinite or not a number are not drawn.</source>
        <translation> 其中 {0} 步的值为 0、无穷大或不是数，未画出。</translation>
    </message>
    <message>
        <location filename="../../gui/inside.py" line="115"/>
        <source> Units that are not a number are drawn as 0.</source>
        <translation> 不是数（NaN）的单元画作 0。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/window.py" line="87"/>
        <source>rnnsub — an RNN learns to subtract</source>
        <translation>rnnsub — 循环神经网络学做减法</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="112"/>
        <source>Operands</source>
        <translation>操作数</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="113"/>
        <source>Inside the network</source>
        <translation>网络内部</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="115"/>
        <source>The hidden state, the output and the gradient at each time step, for the pair on the Operands tab.</source>
        <translation>“操作数”页上那一对数在每个时间步的隐藏状态、输出和梯度。</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="117"/>
        <source>How it subtracts</source>
        <translation>它如何做减法</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="119"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="120"/>
        <source>W0, Wh and W1 as heatmaps on one colour scale, live.</source>
        <translation>W0、Wh 和 W1 的热图，使用同一个颜色刻度，实时更新。</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="121"/>
        <source>Which unit carries the borrow, where the errors are, and how far the network carries what it learned to longer numbers.</source>
        <translation>哪个单元记住借位，错误出在哪里，以及网络学到的能推广到多长的数。</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="146"/>
        <source>Some remembered settings could not be used; they are back to their defaults.</source>
        <translation>有些记住的设置不可用，已恢复为默认值。</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="148"/>
        <source>Remembered settings</source>
        <translation>记住的设置</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="153"/>
        <source>Ready. Press Space to start training.</source>
        <translation>就绪。按空格键开始训练。</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="174"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="178"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="179"/>
        <source>&amp;Open model…</source>
        <translation>打开模型(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="180"/>
        <source>&amp;Save model…</source>
        <translation>保存模型(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="182"/>
        <source>Export error &amp;CSV…</source>
        <translation>导出误差 &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="183"/>
        <source>Export plot &amp;PNG…</source>
        <translation>导出图像 &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="185"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="186"/>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="187"/>
        <source>Start / Pause / Resume</source>
        <translation>开始 / 暂停 / 继续</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="188"/>
        <source>Step one iteration</source>
        <translation>单步迭代一次</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="189"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="190"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="192"/>
        <source>S&amp;weep: many models side by side…</source>
        <translation>批量对比(&amp;W)：多个模型并排训练…</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="193"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="194"/>
        <source>&amp;Restore defaults</source>
        <translation>恢复默认设置(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="195"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="201"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="202"/>
        <source>&amp;About rnnsub</source>
        <translation>关于 rnnsub(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="284"/>
        <source>Iteration {0}: about {1}% right (95% interval {2}–{3}%), an estimate from a sample of {4} pairs.</source>
        <translation>第 {0} 次迭代：约答对 {1}%（95% 置信区间 {2}–{3}%），由 {4} 对的样本估计。</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="288"/>
        <source>Iteration {0}: {1} of {2} pairs right ({3}%){4}.</source>
        <translation>第 {0} 次迭代：{2} 对中答对 {1} 对（{3}%）{4}。</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="293"/>
        <source>, a fixed random sample</source>
        <translation>，固定的随机样本</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="323"/>
        <source>Open model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="323"/>
        <location filename="../../gui/window.py" line="360"/>
        <source>rnnsub models (*.npz)</source>
        <translation>rnnsub 模型 (*.npz)</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="332"/>
        <source>Cannot open the model</source>
        <translation>无法打开模型</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="337"/>
        <source>Opened {0}: {1}, {2} bits, {3} hidden units, {4} iterations trained.</source>
        <translation>已打开 {0}：{1}，{2} 位，{3} 个隐藏单元，已训练 {4} 次迭代。</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="360"/>
        <source>Save model</source>
        <translation>保存模型</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="370"/>
        <source>Cannot save the model</source>
        <translation>无法保存模型</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="373"/>
        <source>{0}% right</source>
        <translation>答对 {0}%</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="374"/>
        <source>accuracy not measured</source>
        <translation>未测准确率</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="375"/>
        <source>Saved {0} ({1} iterations, {2}).</source>
        <translation>已保存 {0}（{1} 次迭代，{2}）。</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="378"/>
        <source>Export error curves</source>
        <translation>导出误差曲线</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="378"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="381"/>
        <source>Export plot</source>
        <translation>导出图像</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="381"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="394"/>
        <source>Saved {0}.</source>
        <translation>已保存 {0}。</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="405"/>
        <source>Every setting is back to its default.</source>
        <translation>所有设置都已恢复为默认值。</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="411"/>
        <source>rnnsub will use {0} the next time it starts.</source>
        <translation>rnnsub 下次启动时将使用{0}。</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="417"/>
        <source>About rnnsub</source>
        <translation>关于 rnnsub</translation>
    </message>
    <message>
        <location filename="../../gui/window.py" line="421"/>
        <source>&lt;h3&gt;rnnsub&lt;/h3&gt;&lt;p&gt;A small recurrent neural network, written from scratch in numpy, learns to subtract binary numbers with borrow. It reads the bits of A and B one pair per time step, lowest bit first, and answers one bit of A − B per step. To get it right it must remember whether it borrowed.&lt;/p&gt;&lt;p&gt;It follows the tutorial &lt;i&gt;{0}&lt;/i&gt;. Its equations:&lt;/p&gt;&lt;p style=&apos;font-family: monospace&apos;&gt;h&lt;sub&gt;t&lt;/sub&gt; = σ(x&lt;sub&gt;t&lt;/sub&gt;·W0 + h&lt;sub&gt;t−1&lt;/sub&gt;·Wh)&lt;br&gt;ŷ&lt;sub&gt;t&lt;/sub&gt; = σ(h&lt;sub&gt;t&lt;/sub&gt;·W1)&lt;/p&gt;&lt;p&gt;The tutorial writes the first line as h&lt;sub&gt;t&lt;/sub&gt; = σ(x&lt;sub&gt;t&lt;/sub&gt;·W0) + h&lt;sub&gt;t−1&lt;/sub&gt;·Wh: the memory is added outside the sigmoid, grows without bound, and the network does not learn (about 0.2% of pairs right after 10,000 iterations). Choose that cell to see it fail.&lt;/p&gt;&lt;p&gt;Training is the tutorial&apos;s: backpropagation through time on ½Σ(y−ŷ)², one sample per update, learning rate 0.9. With the same seed it reproduces the tutorial&apos;s numbers exactly.&lt;/p&gt;&lt;p&gt;Space starts and pauses, Ctrl+Right steps, Esc stops, Ctrl+R resets.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;rnnsub&lt;/h3&gt;&lt;p&gt;一个用 numpy 从零写成的小型循环神经网络，学习带借位的二进制减法（退位减法器）。它每个时间步读入 A 和 B 的一位，从最低位开始，每步输出 A − B 的一位。要答对，它必须记住是否借过位。&lt;/p&gt;&lt;p&gt;本程序依照教程&lt;i&gt;{0}&lt;/i&gt;。其公式为：&lt;/p&gt;&lt;p style=&apos;font-family: monospace&apos;&gt;h&lt;sub&gt;t&lt;/sub&gt; = σ(x&lt;sub&gt;t&lt;/sub&gt;·W0 + h&lt;sub&gt;t−1&lt;/sub&gt;·Wh)&lt;br&gt;ŷ&lt;sub&gt;t&lt;/sub&gt; = σ(h&lt;sub&gt;t&lt;/sub&gt;·W1)&lt;/p&gt;&lt;p&gt;教程原文把第一行写成 h&lt;sub&gt;t&lt;/sub&gt; = σ(x&lt;sub&gt;t&lt;/sub&gt;·W0) + h&lt;sub&gt;t−1&lt;/sub&gt;·Wh：记忆加在 sigmoid 外面，会无限增长，网络学不会（10,000 次迭代后只答对约 0.2% 的数对）。选择这个单元可以看到它失败。&lt;/p&gt;&lt;p&gt;训练方法与教程相同：对 ½Σ(y−ŷ)² 做随时间反向传播，每个样本更新一次，学习率 0.9。随机种子相同时，结果与教程的数字完全一致。&lt;/p&gt;&lt;p&gt;空格键开始和暂停，Ctrl+右方向键单步，Esc 停止，Ctrl+R 重置。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../gui/messages.py" line="55"/>
        <source>{0} must be a whole number from {1} to {2}, not {3}.</source>
        <translation>{0} 必须是 {1} 到 {2} 之间的整数，不能是 {3}。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="56"/>
        <source>{0} must be a number from {1} to {2}, not {3}.</source>
        <translation>{0} 必须是 {1} 到 {2} 之间的数，不能是 {3}。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="63"/>
        <source>{0} cannot be “{1}”: choose one of {2}.</source>
        <translation>{0} 不能是“{1}”：请从 {2} 中选择。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="65"/>
        <source>A sweep trains 1 to {0} models; this one asks for {1}.</source>
        <translation>一次扫描训练 1 到 {0} 个模型；这次要求 {1} 个。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="67"/>
        <source>Seeds: “{0}” is not a seed or a range such as 0-31.</source>
        <translation>随机种子：“{0}”不是种子，也不是 0-31 这样的范围。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="70"/>
        <source>Seeds: the range {0}-{1} is empty; write the smaller seed first.</source>
        <translation>随机种子：范围 {0}-{1} 是空的；请把较小的种子写在前面。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="72"/>
        <source>Seeds: give at least one seed, such as 0-31.</source>
        <translation>随机种子：请至少给出一个种子，例如 0-31。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="73"/>
        <source>Choose at least one cell.</source>
        <translation>请至少选择一种单元。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="74"/>
        <source>{0}: give at least one value.</source>
        <translation>{0}：请至少给出一个值。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="76"/>
        <source>{0}: a value is missing in “{1}” (two separators in a row, or one at the end).</source>
        <translation>{0}：“{1}”中缺了一个值（两个分隔符相连，或末尾多了分隔符）。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="79"/>
        <source>{0}: “{1}” is not a whole number (separate values with spaces or &apos;;&apos;).</source>
        <translation>{0}：“{1}”不是整数（各值之间用空格或“;”分隔）。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="81"/>
        <source>{0}: “{1}” is not a number (separate values with spaces or &apos;;&apos;).</source>
        <translation>{0}：“{1}”不是数（各值之间用空格或“;”分隔）。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="83"/>
        <source>{0} is empty: type a number such as 42, 0b101010 or 0x2a.</source>
        <translation>{0} 为空：请输入一个数，例如 42、0b101010 或 0x2a。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="85"/>
        <source>{0} is negative: only 0 to {1} are allowed.</source>
        <translation>{0} 是负数：只允许 0 到 {1}。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="87"/>
        <source>{0} = {1} does not fit in {2} bits (0 to {3}).</source>
        <translation>{0} = {1} 超出了 {2} 位的范围（0 到 {3}）。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="89"/>
        <source>{0} = {1} is not a whole number.</source>
        <translation>{0} = {1} 不是整数。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="91"/>
        <source>{0} = “{1}” is not a number: use decimal (42), binary (0b101010) or hex (0x2a).</source>
        <translation>{0} = “{1}” 不是数：请用十进制（42）、二进制（0b101010）或十六进制（0x2a）。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="93"/>
        <source>Cannot save {0} to {1}: {2}.</source>
        <translation>无法把 {0} 保存到 {1}：{2}。</translation>
    </message>
</context>
<context>
    <name>OperandPanel</name>
    <message>
        <location filename="../../gui/operands.py" line="57"/>
        <source>Operand {0}: decimal (200), binary (0b11001000) or hexadecimal (0xc8).</source>
        <translation>操作数 {0}：十进制（200）、二进制（0b11001000）或十六进制（0xc8）。</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="59"/>
        <source>Operand {0}</source>
        <translation>操作数 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="63"/>
        <source>Random pair</source>
        <translation>随机一对</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="65"/>
        <source>Pick A and B at random from the pairs the model is tested on.</source>
        <translation>从测试用的数对中随机选取 A 和 B。</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="66"/>
        <location filename="../../gui/operands.py" line="314"/>
        <source>Show me one it gets wrong</source>
        <translation>找一个它答错的</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="68"/>
        <source>Find a pair the network answers wrongly (checks every pair up to 10 bits).</source>
        <translation>找一对网络答错的数（10 位以内会检查所有数对）。</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="73"/>
        <location filename="../../gui/operands.py" line="246"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="75"/>
        <location filename="../../gui/operands.py" line="247"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="124"/>
        <source>{0} − {1} does not fit in {2} bits, so the panel shows their low bits: {3} − {4}.</source>
        <translation>{0} − {1} 超出了 {2} 位的范围，所以这里显示它们的低位：{3} − {4}。</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="165"/>
        <source>Showing the last valid pair.</source>
        <translation>显示的是上一对有效的数。</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="189"/>
        <source>bit {0}: the network&apos;s output is not a number here, so it gives no bit (true bit {1})</source>
        <translation>第 {0} 位：网络在这里的输出不是数，因此没有给出这一位（正确的位是 {1}）</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="194"/>
        <source>bit {0}: output probability {1}, predicted {2}, true {3} — {4}</source>
        <translation>第 {0} 位：输出概率 {1}，预测 {2}，正确 {3} — {4}</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="195"/>
        <source>right</source>
        <translation>正确</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="195"/>
        <source>wrong</source>
        <translation>错误</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/operands.py" line="205"/>
        <source>&lt;span style=&apos;color:{0}&apos;&gt;✗ No answer:&lt;/span&gt; the network&apos;s output is not a number at %n bit(s); the answer is {1}.</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:{0}&apos;&gt;✗ 没有答案：&lt;/span&gt;网络有 %n 位的输出不是数；正确答案是 {1}。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="210"/>
        <source>&lt;span style=&apos;color:{0}&apos;&gt;✓ Right:&lt;/span&gt; {1} − {2} = {3}</source>
        <translation>&lt;span style=&apos;color:{0}&apos;&gt;✓ 正确：&lt;/span&gt;{1} − {2} = {3}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/operands.py" line="216"/>
        <source>&lt;span style=&apos;color:{0}&apos;&gt;✗ Wrong:&lt;/span&gt; the network says {1}, the answer is {2} (%n bit(s) wrong).</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:{0}&apos;&gt;✗ 错误：&lt;/span&gt;网络答 {1}，正确答案是 {2}（错了 %n 位）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="224"/>
        <source>A &lt; B is outside what this model was trained on (A ≥ B): the true answer shown wraps around, (A − B) mod 2^{0}.</source>
        <translation>A &lt; B 不在这个模型的训练范围内（A ≥ B）：显示的正确答案会回绕，即 (A − B) mod 2^{0}。</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="248"/>
        <source>borrow</source>
        <translation>借位</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="249"/>
        <source>A − B</source>
        <translation>A − B</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="250"/>
        <source>network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="253"/>
        <source>The true borrow out of each bit: 1 where this column had to borrow from the next.</source>
        <translation>每一位真实的借位：1 表示这一位需要向高一位借。</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="254"/>
        <source>The network&apos;s answer: the bit, and below it the output probability ŷ. Green is right, red is wrong.</source>
        <translation>网络的答案：上面是位，下面是输出概率 ŷ。绿色为正确，红色为错误。</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="255"/>
        <source>The correct answer, (A − B) mod 2^bits.</source>
        <translation>正确答案，(A − B) mod 2^位数。</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="300"/>
        <source>Stop searching</source>
        <translation>停止查找</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="301"/>
        <source>Searching…</source>
        <translation>正在查找……</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="319"/>
        <source>A pair it gets wrong: of the {0} pairs checked, {1} are wrong.</source>
        <translation>找到一对它答错的：检查的 {0} 对中有 {1} 对答错。</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="325"/>
        <source>Searching… {0} of {1} pairs checked, all right so far.</source>
        <translation>正在查找……已检查 {1} 个数对中的 {0} 个，目前全部正确。</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="322"/>
        <source>every one of the {0} pairs</source>
        <translation>全部 {0} 对</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="322"/>
        <source>all {0} sampled pairs</source>
        <translation>抽样的全部 {0} 对</translation>
    </message>
    <message>
        <location filename="../../gui/operands.py" line="323"/>
        <source>It gets {0} right.</source>
        <translation>它{0}都答对了。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../gui/session.py" line="102"/>
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
    <name>SweepDialog</name>
    <message>
        <location filename="../../gui/sweep_view.py" line="57"/>
        <source>Sweep: many models side by side</source>
        <translation>批量对比：多个模型并排训练</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="75"/>
        <source>Seeds: a range like 0-31, a list like 1,4,9, or both: 0-3,7.</source>
        <translation>随机种子：范围如 0-31，列表如 1,4,9，或两者混合：0-3,7。</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="97"/>
        <source>How often each model still learning is checked against every pair.</source>
        <translation>每隔多少次迭代，用所有数对检查一次尚未学会的模型。</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="74"/>
        <location filename="../../gui/sweep_view.py" line="102"/>
        <source>Seeds</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="76"/>
        <location filename="../../gui/sweep_view.py" line="103"/>
        <location filename="../../gui/sweep_view.py" line="230"/>
        <source>Learning rates</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="77"/>
        <source>Learning rates, separated by spaces or &apos;;&apos; (or &apos;,&apos; where the decimal mark is &apos;.&apos;): {0}</source>
        <translation>学习率，用空格或“;”分隔（小数点是“.”时也可以用“,”）：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="79"/>
        <location filename="../../gui/sweep_view.py" line="104"/>
        <location filename="../../gui/sweep_view.py" line="229"/>
        <source>Hidden sizes</source>
        <translation>隐藏单元数</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="80"/>
        <source>Hidden sizes, separated by spaces, &apos;;&apos; or &apos;,&apos;: 4 8 16</source>
        <translation>隐藏单元数，用空格、“;”或“,”分隔：4 8 16</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="91"/>
        <source>How many weight updates each model trains.</source>
        <translation>每个模型训练多少次权重更新。</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="105"/>
        <source>Cells</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="96"/>
        <location filename="../../gui/sweep_view.py" line="107"/>
        <source>Check every</source>
        <translation>检查间隔</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="108"/>
        <source>Bits, pairs, B range and batch come from the main window. Every combination of the values above is one model; models of one shape train in lockstep.</source>
        <translation>位数、样本对、B 的范围和批量取自主窗口。上面各值的每种组合是一个模型；形状相同的模型同步训练。</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="114"/>
        <source>Start sweep</source>
        <translation>开始批量训练</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="115"/>
        <source>Train every combination of the values above.</source>
        <translation>训练上面各值的每一种组合。</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="116"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="116"/>
        <source>Stop the sweep</source>
        <translation>停止扫描</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="117"/>
        <source>Stop training; the models keep what they learned so far.</source>
        <translation>停止训练；模型保留到目前为止学到的东西。</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="120"/>
        <location filename="../../gui/sweep_view.py" line="121"/>
        <source>Open selected model in the main window</source>
        <translation>在主窗口中打开选中的模型</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="122"/>
        <source>Load the selected row&apos;s weights into the main view (also: double-click).</source>
        <translation>把选中行的权重载入主窗口（也可双击）。</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="129"/>
        <source>Sweep progress</source>
        <translation>扫描进度</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="147"/>
        <source>Fraction of models at 100% and each model&apos;s error</source>
        <translation>达到 100% 的模型比例，以及每个模型的误差</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="150"/>
        <source>models at 100% (%)</source>
        <translation>达到 100% 的模型 (%)</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="155"/>
        <source>iteration</source>
        <translation>迭代</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="166"/>
        <source>Hover over a curve to see which model it is.</source>
        <translation>把鼠标移到曲线上，可以看到是哪个模型。</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="170"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="170"/>
        <source>cell</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="170"/>
        <source>hidden</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="170"/>
        <source>lr</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="170"/>
        <source>seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="170"/>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="171"/>
        <source>100% at</source>
        <translation>100% 于</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="171"/>
        <location filename="../../gui/sweep_view.py" line="362"/>
        <source>diverged</source>
        <translation>发散</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="174"/>
        <source>Models of the sweep</source>
        <translation>扫描中的模型</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="226"/>
        <source>Choose at least one cell.</source>
        <translation>请至少选择一种单元。</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="254"/>
        <source>Training {0} models…</source>
        <translation>正在训练 {0} 个模型…</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="334"/>
        <source>Sweep {0}: {1} of {2} models reached 100%; {3} of them still get every pair right at the end.</source>
        <translation>批量训练{0}：{2} 个模型中有 {1} 个达到过 100%；结束时仍全部答对的有 {3} 个。</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="338"/>
        <source>Sweep stopped: {0} of {1} models reached 100% at some check; the final accuracy of {2} of them was not measured, because the sweep was stopped before their end.</source>
        <translation>扫描已停止：{1} 个模型中有 {0} 个曾在某次检查时达到 100%；其中 {2} 个模型的最终准确率没有测量，因为扫描在它们训练结束前就停止了。</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="396"/>
        <source>model {0}: {1} cell, {2} hidden, lr {3}, seed {4}</source>
        <translation>模型 {0}：{1} 单元，{2} 个隐藏单元，学习率 {3}，种子 {4}</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="400"/>
        <source>, diverged at iteration {0}</source>
        <translation>，在第 {0} 次迭代发散</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="450"/>
        <source>Taking model {0}&apos;s weights from the running sweep…</source>
        <translation>正在从运行中的扫描取出模型 {0} 的权重……</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="456"/>
        <source>Model {0} is now in the main window (after {1} iterations).</source>
        <translation>模型 {0} 已放入主窗口（训练了 {1} 次迭代）。</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="333"/>
        <source>finished</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="154"/>
        <source>error, average of the last {0}</source>
        <translation>误差，最近 {0} 次的平均</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="333"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="381"/>
        <source>at {0}</source>
        <translation>第 {0} 次</translation>
    </message>
    <message>
        <location filename="../../gui/sweep_view.py" line="398"/>
        <source>, 100% at iteration {0}</source>
        <translation>，第 {0} 次迭代达到 100%</translation>
    </message>
</context>
<context>
    <name>WeightsPanel</name>
    <message>
        <location filename="../../gui/weights.py" line="31"/>
        <source>W0: input → hidden (2 × H)</source>
        <translation>W0：输入 → 隐藏层（2 × H）</translation>
    </message>
    <message>
        <location filename="../../gui/weights.py" line="31"/>
        <source>Wh: hidden → hidden (H × H)</source>
        <translation>Wh：隐藏层 → 隐藏层（H × H）</translation>
    </message>
    <message>
        <location filename="../../gui/weights.py" line="32"/>
        <source>W1: hidden → output (H × 1)</source>
        <translation>W1：隐藏层 → 输出（H × 1）</translation>
    </message>
    <message>
        <location filename="../../gui/weights.py" line="48"/>
        <source>Every weight of the network; blue is negative, red positive, white 0. Rows are where a connection starts, columns where it ends.</source>
        <translation>网络的每一个权重；蓝色为负，红色为正，白色为 0。行是连接的起点，列是连接的终点。</translation>
    </message>
    <message>
        <location filename="../../gui/weights.py" line="80"/>
        <source>The largest |weight| is {0}.</source>
        <translation>最大的 |权重| 是 {0}。</translation>
    </message>
</context>
</TS>
