/// The Lua filter pandoc runs over a Word or OpenDocument text (`WordConverter`): tables of one line a
/// cell (which a Markdown table can hold), links to bookmarks inside the document unlinked, the title
/// (the Title paragraph, else the first heading) written to the file `LEARNING_HUB_TITLE_FILE` and
/// taken out of the body, headings moved so that the top one is `##`, and every property dropped.
enum PandocFilter {
    static let lua = #"""
-- learning-hub import: makes a Word or OpenDocument text ready for the hub (see WordConverter.swift).

-- A cell's blocks as one line, which a Markdown table can hold.
local function cell_line(blocks)
  local inlines = pandoc.List()
  local function add(more)
    if #inlines > 0 and #more > 0 then inlines:insert(pandoc.Space()) end
    inlines:extend(more)
  end
  for _, block in ipairs(blocks) do
    if block.t == "Para" or block.t == "Plain" then
      add(block.content)
    elseif block.t == "BulletList" or block.t == "OrderedList" then
      for _, item in ipairs(block.content) do
        local line = cell_line(item)
        add(pandoc.List({pandoc.Str("•"), pandoc.Space()}) .. line)
      end
    else
      add(pandoc.List({pandoc.Str(pandoc.utils.stringify(block))}))
    end
  end
  return inlines
end

local function flatten_rows(rows)
  for _, row in ipairs(rows) do
    for _, cell in ipairs(row.cells) do
      cell.contents = {pandoc.Plain(cell_line(cell.contents))}
      cell.row_span = 1
      cell.col_span = 1
    end
  end
end

-- Tables whose cells hold several paragraphs or lists become tables of one line a cell.
function Table(tbl)
  flatten_rows(tbl.head.rows)
  for _, body in ipairs(tbl.bodies) do
    flatten_rows(body.head)
    flatten_rows(body.body)
  end
  flatten_rows(tbl.foot.rows)
  return tbl
end

-- Links to bookmarks inside the document (tables of contents, cross-references) lead nowhere on the hub.
function Link(link)
  if link.target:sub(1, 1) == "#" then return link.content end
end

-- The title (the document's Title paragraph, else its first heading) is written to a file of its own;
-- headings are moved so that the top one is '##'; every document property is dropped.
function Pandoc(doc)
  local blocks = doc.blocks
  local title = doc.meta.title and pandoc.utils.stringify(doc.meta.title) or ""
  if title == "" then
    for i, block in ipairs(blocks) do
      if block.t == "Header" then
        title = pandoc.utils.stringify(block.content)
        blocks:remove(i)
        break
      end
    end
  end
  if doc.meta.abstract then
    local abstract = doc.meta.abstract
    local block_tags = {Para = true, Plain = true, BulletList = true, OrderedList = true, BlockQuote = true,
                        Header = true, Table = true, Div = true, LineBlock = true, CodeBlock = true}
    if abstract[1] and block_tags[abstract[1].t] then
      for i = #abstract, 1, -1 do blocks:insert(1, abstract[i]) end
    elseif abstract[1] then
      blocks:insert(1, pandoc.Para(abstract))
    end
  end
  local top = 7
  for _, block in ipairs(blocks) do
    if block.t == "Header" and block.level < top then top = block.level end
  end
  for _, block in ipairs(blocks) do
    if block.t == "Header" then block.level = math.min(6, block.level - top + 2) end
  end
  local file = io.open(os.getenv("LEARNING_HUB_TITLE_FILE"), "w")
  file:write(title)
  file:close()
  return pandoc.Pandoc(blocks, pandoc.Meta({}))
end
"""#
}
