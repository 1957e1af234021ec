"""The region gazetteer: codes, parent chains, short forms, disambiguation by context."""

from __future__ import annotations

import pytest

from kg.gazetteer import gazetteer


@pytest.mark.parametrize(
    "surface, context, name, code",
    [
        ("永康", None, "永康市", "330784"),
        ("金华", None, "金华市", "330700"),
        ("浙江", None, "浙江省", "330000"),
        ("瓯海", None, "瓯海区", "330304"),
        ("新疆", None, "新疆维吾尔自治区", "650000"),
        ("襄樊", None, "襄阳市", "420600"),  # renamed in 2010
        ("天河区", None, "天河区", "440106"),
        ("长安区", "石家庄市", "长安区", "130102"),  # two 长安区: the one in the context's province
        ("长安区", "西安市", "长安区", "610116"),
    ],
)
def test_resolve(surface, context, name, code):
    place = gazetteer().resolve(surface, context=context)
    assert (place.name, place.code) == (name, code)


@pytest.mark.parametrize(
    "surface, context, parents",
    [
        ("坦洪乡", "武义县", ["武义县", "金华市", "浙江省"]),
        ("大田乡", "武义县", ["武义县", "金华市", "浙江省"]),  # four 大田乡 in China: context picks this one
        ("茶山街道", "瓯海区", ["瓯海区", "温州市", "浙江省"]),
        ("店口镇", "诸暨市", ["诸暨市", "绍兴市", "浙江省"]),
    ],
)
def test_parent_chain(surface, context, parents):
    g = gazetteer()
    assert [p.name for p in g.chain(g.resolve(surface, context=context))] == parents


@pytest.mark.parametrize(
    "text, context, found",
    [
        ("金华市金东区和义乌", None, ["金华市", "金东区", "义乌市"]),
        ("谷来镇和贵门", "嵊州市", ["谷来镇", "贵门乡"]),  # a township's short form inside its city
        ("宁波舟山港", "金华市", ["宁波市", "舟山市"]),  # 舟山 is the city, not the township 舟山镇
    ],
)
def test_find(text, context, found):
    assert [p.name for _, _, p in gazetteer().find(text, context=context)] == found


@pytest.mark.parametrize(
    "text, context",
    [
        ("贵门", None),  # a township's short form means nothing without a context
        ("金华江两岸", "金华市"),  # a river
        ("和平发展", None),  # an everyday word
        ("茶山", "永康市"),  # a village short form of another county
    ],
)
def test_find_nothing(text, context):
    assert gazetteer().find(text, context=context) == []


def test_every_parent_exists_and_codes_are_six_digits():
    g = gazetteer()
    for place in g.places.values():
        if place.parent:
            assert place.parent in g.places
        if place.code:
            assert len(place.code) == 6 and place.code.isdigit()
    levels = {p.level for p in g.places.values()}
    assert {"province", "city", "county", "town", "macro"} <= levels
