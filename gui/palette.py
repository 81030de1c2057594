"""Right and wrong, the same everywhere in the window, and told apart by more than colour (issue 12).

The two colours are Okabe and Ito's blue and vermillion ("Color Universal Design", 2008), which people with
deuteranopia, protanopia or tritanopia still tell apart (green and red, the usual pair, about one man in twelve
cannot). Every place that marks a bit or an answer right or wrong also says it with a sign: ✓ or ✗, and a wrong
cell gets a solid border as well.
"""

RIGHT = "#0072b2"  # Okabe-Ito blue: marks, dots, lines
WRONG = "#d55e00"  # Okabe-Ito vermillion
RIGHT_RGB = (0x00, 0x72, 0xB2)  # the same, for pyqtgraph
WRONG_RGB = (0xD5, 0x5E, 0x00)
RIGHT_BG, WRONG_BG = "#dbeaf6", "#fbe3d1"  # light tints of the two, behind text
RIGHT_FG, WRONG_FG = "#004670", "#7a3500"  # dark shades of the two, for text (contrast ≥ 7:1 on their tints)
RIGHT_MARK, WRONG_MARK = "✓", "✗"
