import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { type Caller, IdArg, mapPage, type Page, PageArgs, type RequestContext } from '@community-hub/api-common';
import { APP_CONFIG, type AppConfig } from '@community-hub/api-config';
import { AllowAnonymous, CurrentCaller } from '@community-hub/api-auth';
import { AccountsService, User } from '@community-hub/api-accounts';
import { Network, NetworksService } from '@community-hub/api-networks';
import { CompleteUploadInput, CreateFolderInput, DocumentsArgs, RenameFolderInput, RequestUploadInput, UpdateDocumentInput } from './dto/library.input';
import { LibraryService } from './library.service';
import { Document, DocumentConnection, DocumentVersion, Folder, UploadTicket } from './models/library.model';

/** The API's own address as the client sees it, for proxy-mode transfer links. */
export function originOf(ctx: RequestContext, config: AppConfig): string {
  if (config.publicUrl) return config.publicUrl;
  const req = ctx.req;
  return req ? `${req.protocol}://${req.get('host')}` : `http://localhost:${config.port}`;
}

@Resolver(() => Document)
export class DocumentsResolver {
  constructor(
    private readonly library: LibraryService,
    private readonly networkService: NetworksService,
    private readonly accounts: AccountsService,
  ) {}

  @AllowAnonymous()
  @Query(() => Document, { nullable: true, description: 'Null when it does not exist or the caller may not read it.' })
  async document(@CurrentCaller() caller: Caller | null, @IdArg('id') id: string): Promise<Document | null> {
    const document = await this.library.findDocument(caller, id);
    return document ? Document.from(document) : null;
  }

  @Mutation(() => Document, { description: 'Creates the document (or, with documentId, its next version) from a finished upload.' })
  async completeUpload(@CurrentCaller() caller: Caller, @Args('input') input: CompleteUploadInput): Promise<Document> {
    return Document.from(await this.library.completeUpload(caller, input));
  }

  @Mutation(() => Document, { description: 'The uploader or a coordinator: change details or move it.' })
  async updateDocument(@CurrentCaller() caller: Caller, @Args('input') input: UpdateDocumentInput): Promise<Document> {
    return Document.from(await this.library.updateDocument(caller, input));
  }

  @Mutation(() => ID, { description: 'The uploader or a coordinator: removes it from the library (files purged after 30 days).' })
  async deleteDocument(@CurrentCaller() caller: Caller, @IdArg('documentId') documentId: string): Promise<string> {
    return this.library.deleteDocument(caller, documentId);
  }

  @ResolveField(() => Boolean, { description: 'Whether the caller may change, move or delete it (its uploader while a member, or a coordinator).' })
  async viewerCanEdit(@Parent() document: Document, @Context() ctx: RequestContext): Promise<boolean> {
    return this.library.canEditDocument(ctx, document.id);
  }

  @ResolveField(() => User, { nullable: true, description: 'Who looks after it.' })
  async owner(@Parent() document: Document, @Context() ctx: RequestContext): Promise<User | null> {
    if (!document.ownerId) return null;
    const owner = await this.accounts.usersById(ctx).load(document.ownerId);
    return owner ? User.from(owner) : null;
  }

  @ResolveField(() => Folder, { nullable: true })
  async folder(@Parent() document: Document, @Context() ctx: RequestContext): Promise<Folder | null> {
    if (!document.folderId) return null;
    const folder = await this.library.foldersById(ctx).load(document.folderId);
    return folder ? Folder.from(folder) : null;
  }

  @ResolveField(() => Network)
  async network(@Parent() document: Document, @Context() ctx: RequestContext): Promise<Network> {
    return Network.from((await this.networkService.networksById(ctx).load(document.networkId))!);
  }

  @ResolveField(() => DocumentVersion, { description: 'The latest version.' })
  async currentVersion(@Parent() document: Document, @Context() ctx: RequestContext): Promise<DocumentVersion> {
    const [latest] = await this.library.versionsOf(ctx).load(document.id);
    return DocumentVersion.from(latest);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: "The start of the current version's text, once it has been read (see DocumentVersion.textStatus).",
  })
  async textExcerpt(@Parent() document: Document, @Context() ctx: RequestContext): Promise<string | null> {
    const [latest] = await this.library.versionsOf(ctx).load(document.id);
    return latest ? this.library.textExcerpts(ctx).load(latest.id) : null;
  }

  @ResolveField(() => [DocumentVersion], { description: 'Every version, newest first.' })
  async versions(@Parent() document: Document, @Context() ctx: RequestContext): Promise<DocumentVersion[]> {
    return (await this.library.versionsOf(ctx).load(document.id)).map(DocumentVersion.from);
  }
}

@Resolver(() => DocumentVersion)
export class DocumentVersionsResolver {
  constructor(
    private readonly library: LibraryService,
    private readonly accounts: AccountsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @ResolveField(() => User)
  async uploadedBy(@Parent() version: DocumentVersion, @Context() ctx: RequestContext): Promise<User> {
    return User.from((await this.accounts.usersById(ctx).load(version.uploadedById))!);
  }

  @ResolveField(() => String, { description: 'A short-lived link (15 minutes) that returns exactly the uploaded bytes.' })
  async downloadUrl(@Parent() version: DocumentVersion, @Context() ctx: RequestContext): Promise<string> {
    await this.library.countDownloadLink(ctx).load(version.documentId);
    return this.library.downloadUrl(version, originOf(ctx, this.config));
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'A short-lived link (15 minutes) that shows a PDF, PNG or JPEG inline, for a preview frame or image; null for other types.',
  })
  async previewUrl(@Parent() version: DocumentVersion, @Context() ctx: RequestContext): Promise<string | null> {
    return this.library.previewUrl(version, originOf(ctx, this.config));
  }
}

@Resolver(() => Folder)
export class FoldersResolver {
  constructor(
    private readonly library: LibraryService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Mutation(() => Folder)
  async createFolder(@CurrentCaller() caller: Caller, @Args('input') input: CreateFolderInput): Promise<Folder> {
    return Folder.from(await this.library.createFolder(caller, input));
  }

  @Mutation(() => Folder, { description: 'Whoever made the folder, or a coordinator.' })
  async renameFolder(@CurrentCaller() caller: Caller, @Args('input') input: RenameFolderInput): Promise<Folder> {
    return Folder.from(await this.library.renameFolder(caller, input));
  }

  @Mutation(() => ID, {
    description: 'Whoever made the folder, or a coordinator: only an empty one (otherwise CONFLICT with reason FOLDER_NOT_EMPTY).',
  })
  async deleteFolder(@CurrentCaller() caller: Caller, @IdArg('folderId') folderId: string): Promise<string> {
    return this.library.deleteFolder(caller, folderId);
  }

  @ResolveField(() => Boolean, { description: 'Whether the caller may rename or delete it (whoever made it while a member, or a coordinator).' })
  async viewerCanEdit(@Parent() folder: Folder, @Context() ctx: RequestContext): Promise<boolean> {
    return this.library.canEditFolder(ctx, folder.id);
  }

  @Mutation(() => UploadTicket, { description: 'Members: where to send a new file. Then call completeUpload.' })
  async requestUpload(
    @CurrentCaller() caller: Caller,
    @Args('input') input: RequestUploadInput,
    @Context() ctx: RequestContext,
  ): Promise<UploadTicket> {
    return this.library.requestUpload(caller, input, originOf(ctx, this.config));
  }

  @ResolveField(() => Folder, { nullable: true })
  async parent(@Parent() folder: Folder, @Context() ctx: RequestContext): Promise<Folder | null> {
    if (!folder.parentId) return null;
    const parent = await this.library.foldersById(ctx).load(folder.parentId);
    return parent ? Folder.from(parent) : null;
  }

  @ResolveField(() => DocumentConnection)
  async documents(@Parent() folder: Folder, @Args() args: PageArgs, @CurrentCaller() caller: Caller | null): Promise<Page<Document>> {
    return mapPage(await this.library.listDocuments(caller, folder.spaceId, { ...args, folderId: folder.id }), Document.from);
  }
}

@Resolver(() => Network)
export class NetworkLibraryResolver {
  constructor(private readonly library: LibraryService) {}

  @ResolveField(() => [Folder], { description: 'Every folder of the library (each says its parent), by name.' })
  async folders(@Parent() network: Network, @CurrentCaller() caller: Caller | null): Promise<Folder[]> {
    return (await this.library.listFolders(caller, network.id)).map(Folder.from);
  }

  @ResolveField(() => DocumentConnection, { description: 'Documents in a folder, or (without folderId) in no folder; newest first.' })
  async documents(@Parent() network: Network, @Args() args: DocumentsArgs, @CurrentCaller() caller: Caller | null): Promise<Page<Document>> {
    return mapPage(await this.library.listDocuments(caller, network.id, args), Document.from);
  }
}
