import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Caller, IdArg, mapPage, type Page, PageArgs, type RequestContext } from '@community-hub/api-common';
import { APP_CONFIG, type AppConfig } from '@community-hub/api-config';
import { CurrentCaller } from '@community-hub/api-auth';
import { AccountsService, User } from '@community-hub/api-accounts';
import { Network } from '@community-hub/api-networks';
import type { LibraryImportItemEntity } from '../entities/library-import-item.entity';
import { originOf } from '../library.resolver';
import { LibraryService } from '../library.service';
import { Folder, UploadTicket } from '../models/library.model';
import { RequestLibraryImportUploadInput, StartLibraryImportInput } from './library-import.input';
import { LibraryImport, LibraryImportConnection, SkippedImportEntry, SkippedImportEntryConnection } from './library-import.model';
import { LibraryImportService } from './library-import.service';

@Resolver(() => LibraryImport)
export class LibraryImportResolver {
  constructor(
    private readonly imports: LibraryImportService,
    private readonly library: LibraryService,
    private readonly accounts: AccountsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Mutation(() => UploadTicket, { description: "Coordinators: where to send a zip to import into the network's library. Then call startLibraryImport." })
  async requestLibraryImportUpload(
    @CurrentCaller() caller: Caller,
    @Args('input') input: RequestLibraryImportUploadInput,
    @Context() ctx: RequestContext,
  ): Promise<UploadTicket> {
    return this.imports.requestUpload(caller, input, originOf(ctx, this.config));
  }

  @Mutation(() => LibraryImport, { description: 'Coordinators: imports the sent zip (folders and documents) in the background; follow it with libraryImport.' })
  async startLibraryImport(@CurrentCaller() caller: Caller, @Args('input') input: StartLibraryImportInput): Promise<LibraryImport> {
    return LibraryImport.from(await this.imports.start(caller, input));
  }

  @Query(() => LibraryImport, { nullable: true, description: "An import's progress; null unless it exists and the caller coordinates that library." })
  async libraryImport(@CurrentCaller() caller: Caller | null, @IdArg('id') id: string): Promise<LibraryImport | null> {
    const row = await this.imports.find(caller, id);
    return row ? LibraryImport.from(row) : null;
  }

  @ResolveField(() => Folder, { nullable: true, description: "Where the zip's top level went (null: the library's top level)." })
  async folder(@Parent() item: LibraryImport, @Context() ctx: RequestContext): Promise<Folder | null> {
    if (!item.folderId) return null;
    const folder = await this.library.foldersById(ctx).load(item.folderId);
    return folder ? Folder.from(folder) : null;
  }

  @ResolveField(() => User, { description: 'Who started it.' })
  async startedBy(@Parent() item: LibraryImport, @Context() ctx: RequestContext): Promise<User> {
    return User.from((await this.accounts.usersById(ctx).load(item.startedById))!);
  }

  @ResolveField(() => SkippedImportEntryConnection, { description: 'Entries left out, in zip order.' })
  async skippedEntries(@Parent() item: LibraryImport, @Args() args: PageArgs): Promise<Page<SkippedImportEntry>> {
    // The parent was only built for a caller who may read the import.
    return mapPage((await this.imports.skippedEntries(item.id, args)) as Page<LibraryImportItemEntity>, SkippedImportEntry.from);
  }
}

@Resolver(() => Network)
export class NetworkLibraryImportsResolver {
  constructor(private readonly imports: LibraryImportService) {}

  @ResolveField(() => LibraryImportConnection, { description: "Coordinators: imports into the network's library, newest first." })
  async libraryImports(@Parent() network: Network, @Args() args: PageArgs, @CurrentCaller() caller: Caller | null): Promise<Page<LibraryImport>> {
    return mapPage(await this.imports.list(caller, network.id, args), LibraryImport.from);
  }
}
