"""Small archives in each format, written by the tests (never copied from elsewhere)."""

from __future__ import annotations

DISQUS = """<?xml version="1.0" encoding="utf-8"?>
<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">
  <category dsq:id="1"><forum>paper</forum><title>General</title></category>
  <thread dsq:id="100">
    <id>article-7</id>
    <forum>paper</forum>
    <link>https://paper.example/news/7</link>
    <title>Council votes on the new bridge</title>
    <createdAt>2021-03-01T08:00:00Z</createdAt>
    <isClosed>false</isClosed>
  </thread>
  <post dsq:id="5001">
    <message><![CDATA[<p>The bridge plan looks sensible to me.</p>]]></message>
    <createdAt>2021-03-01T09:00:00Z</createdAt>
    <isDeleted>false</isDeleted>
    <isSpam>false</isSpam>
    <author><name>Ann Reader</name><isAnonymous>false</isAnonymous><username>ann</username></author>
    <thread dsq:id="100"/>
  </post>
  <post dsq:id="5002">
    <message><![CDATA[<p>I disagree &amp; think it costs too much.</p>
<p>Second paragraph.</p>]]></message>
    <createdAt>2021-03-01T09:30:00Z</createdAt>
    <isDeleted>false</isDeleted>
    <isSpam>false</isSpam>
    <author><name>Bo</name><isAnonymous>false</isAnonymous><username>bo</username></author>
    <thread dsq:id="100"/>
    <parent dsq:id="5001"/>
  </post>
  <post dsq:id="5003">
    <message><![CDATA[Buy cheap watches now]]></message>
    <createdAt>2021-03-01T10:00:00Z</createdAt>
    <isDeleted>false</isDeleted>
    <isSpam>true</isSpam>
    <author><name>Guest</name><isAnonymous>true</isAnonymous></author>
    <thread dsq:id="100"/>
    <parent dsq:id="5002"/>
  </post>
  <post dsq:id="5004">
    <message></message>
    <createdAt>2021-03-01T10:30:00Z</createdAt>
    <isDeleted>true</isDeleted>
    <isSpam>false</isSpam>
    <author><name>Gone</name><isAnonymous>false</isAnonymous><username>gone</username></author>
    <thread dsq:id="100"/>
  </post>
</disqus>
"""

WXR = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
  <title>The Daily Example</title>
  <wp:wxr_version>1.2</wp:wxr_version>
  <item>
    <title>School budget approved</title>
    <link>https://daily.example/2020/school-budget</link>
    <wp:post_id>42</wp:post_id>
    <wp:post_type>post</wp:post_type>
    <wp:comment>
      <wp:comment_id>7</wp:comment_id>
      <wp:comment_author><![CDATA[Carla]]></wp:comment_author>
      <wp:comment_author_email>carla@example.org</wp:comment_author_email>
      <wp:comment_date>2020-05-01 10:00:00</wp:comment_date>
      <wp:comment_date_gmt>2020-05-01 08:00:00</wp:comment_date_gmt>
      <wp:comment_content><![CDATA[Good news for the teachers.]]></wp:comment_content>
      <wp:comment_approved>1</wp:comment_approved>
      <wp:comment_type>comment</wp:comment_type>
      <wp:comment_parent>0</wp:comment_parent>
      <wp:comment_user_id>0</wp:comment_user_id>
    </wp:comment>
    <wp:comment>
      <wp:comment_id>8</wp:comment_id>
      <wp:comment_author><![CDATA[Dev]]></wp:comment_author>
      <wp:comment_author_email>dev@example.org</wp:comment_author_email>
      <wp:comment_date_gmt>2020-05-01 09:00:00</wp:comment_date_gmt>
      <wp:comment_content><![CDATA[Agreed, <em>finally</em>.]]></wp:comment_content>
      <wp:comment_approved>0</wp:comment_approved>
      <wp:comment_type></wp:comment_type>
      <wp:comment_parent>7</wp:comment_parent>
      <wp:comment_user_id>12</wp:comment_user_id>
    </wp:comment>
    <wp:comment>
      <wp:comment_id>9</wp:comment_id>
      <wp:comment_author><![CDATA[Other blog]]></wp:comment_author>
      <wp:comment_date_gmt>2020-05-02 09:00:00</wp:comment_date_gmt>
      <wp:comment_content><![CDATA[Linked from elsewhere]]></wp:comment_content>
      <wp:comment_approved>1</wp:comment_approved>
      <wp:comment_type>pingback</wp:comment_type>
      <wp:comment_parent>0</wp:comment_parent>
    </wp:comment>
    <wp:comment>
      <wp:comment_id>10</wp:comment_id>
      <wp:comment_author><![CDATA[Eve]]></wp:comment_author>
      <wp:comment_date_gmt>2020-05-02 10:00:00</wp:comment_date_gmt>
      <wp:comment_content><![CDATA[Spammy link farm]]></wp:comment_content>
      <wp:comment_approved>spam</wp:comment_approved>
      <wp:comment_parent>8</wp:comment_parent>
      <wp:comment_user_id>0</wp:comment_user_id>
    </wp:comment>
  </item>
</channel>
</rss>
"""

JSONL = "\n".join(
    [
        '{"id": "c1", "story_id": "s1", "story_title": "Rates", "author_id": "u1",'
        ' "author_name": "Una", "body": "Rates went up again.", "status": "approved",'
        ' "created_at": "2022-01-01T10:00:00Z"}',
        '{"id": "c2", "story_id": "s1", "parent_id": "c1", "author_id": "u2",'
        ' "body": "They will fall next year.", "status": "held"}',
        '{"id": "c3", "story_id": "s1", "body": ',
        '{"id": "c4", "story_id": "s2", "body": "A different story entirely.",'
        ' "status": "rejected"}',
    ]
) + "\n"

CSV = (
    "id,story_id,parent_id,author_id,author_name,body,status,created_at\n"
    "r1,s9,,a1,Alma,\"Nice piece, thanks.\",approved,2022-02-02T10:00:00Z\n"
    "r2,s9,r1,a2,Ben,\"A reply\nthat spans two lines\",held,2022-02-02T11:00:00Z\n"
    "r3,s9,,a3,Cy,Missing status is fine,,\n"
    "r4,s9,,a4,Di,Bad status,maybe,\n"
)
